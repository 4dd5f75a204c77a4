#!/usr/bin/env bash
# The AI second opinion queue's cost, against a local OpenAI-compatible test server answering after a fixed latency
# (default 200 ms), in one run: the same questions sent directly through the engine and through the portal's queue
# (stored, queued, called, recorded, audited) one after the other -> p50/p95 of both, the milliseconds the portal adds
# and the ratio; then 100 questions queued at once for an engine taking 16 -> how full it was kept (in-flight gauge
# sampled while requests waited). Arguments: [server latency ms] [sequential requests], e.g. bench/ai-queue.sh 200 100.
# Needs a quiet machine: figures taken while other builds run measure the machine, not the queue.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$CP" com.medvisionlab.secondopinion.bench.QueueBench "$@"
