#!/usr/bin/env bash
# Blob storage throughput: a 64 MB object written into the directory store encrypted (AES-256-GCM segments, atomic
# rename) and plain, read back decrypted, and a plain file copy of the same bytes, in one JMH run; prints MB/s and the
# encrypted-put/copy ratio. Extra arguments go to JMH, e.g. bench/storage.sh -wi 1 -i 3 -f 1 for a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# Since JDK 23 javac runs annotation processors only on request, so the JMH generator is invoked explicitly here.
mkdir -p target/jmh-classes target/jmh-sources
"$JAVA_HOME/bin/javac" -proc:full -processor org.openjdk.jmh.generators.BenchmarkProcessor --release 21 \
    -cp "$CP" -d target/jmh-classes -s target/jmh-sources src/test/java/com/medvisionlab/storage/bench/*.java
"$JAVA_HOME/bin/java" -cp "target/jmh-classes:$CP" com.medvisionlab.storage.bench.StorageBenchmark "$@"
