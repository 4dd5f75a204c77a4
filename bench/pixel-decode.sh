#!/usr/bin/env bash
# Decode + render of a 512x512 16-bit CT frame (native, RLE, JPEG lossless) vs a plain array copy, same JVM run.
# Usage: bench/pixel-decode.sh   (from the repo root; needs JDK 25 and the Maven wrapper)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# JDK 23+ runs annotation processors only when asked; JMH generates its harness with one.
rm -rf target/test-classes   # an incremental compile would skip the processor
./mvnw -B -q test-compile -Dmaven.compiler.proc=full
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -Djavacpp.platform=linux-x86_64 -cp "$CP" org.openjdk.jmh.Main PixelPipelineBenchmark \
    -rf json -rff target/pixel-bench.json "$@"
python3 - <<'PY'
import json
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open("target/pixel-bench.json"))}
ref = results.pop("reference_array_copy")
print(f"\nreference_array_copy: {ref:.1f} us/op (ratio 1.0)")
for name, score in sorted(results.items()):
    print(f"{name}: {score:.1f} us/op = {score / ref:.1f} x array copy")
PY
