#!/usr/bin/env bash
# Burned-in text cleaning per clip: every frame covered (detector on all frames, OCR on frames with new text) vs the
# old sampling (finder on 4 frames), same JMH run, on the multi-frame samples of ../shared and synthetic 200-frame
# clips. Usage: bench/clip-frames.sh [JMH options]   (from the repo root; needs JDK 25 and ../shared/testdata)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# JDK 23+ runs annotation processors only when asked; JMH generates its harness with one.
rm -rf target/test-classes   # an incremental compile would skip the processor
./mvnw -B -q test-compile -Dmaven.compiler.proc=full
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -Djavacpp.platform=linux-x86_64 -cp "$CP" org.openjdk.jmh.Main ClipCoverageBenchmark \
    -rf json -rff target/clip-bench.json "$@" 2>&1 | grep -v -e "^Error in " -e "^WARNING"
python3 - <<'PY'
import json
scores = {}
for r in json.load(open("target/clip-bench.json")):
    p = r["params"]
    scores.setdefault(p["clip"], {})[p["coverage"]] = r["primaryMetric"]["score"]
print(f"\n{'clip':62} {'sampled ms':>11} {'every ms':>9} {'ratio':>6}")
for clip, s in scores.items():
    old, new = s.get("SAMPLED_FRAMES"), s.get("EVERY_FRAME")
    if old and new:
        print(f"{clip:62} {old:11.0f} {new:9.0f} {new / old:6.2f}")
PY
