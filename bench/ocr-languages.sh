#!/usr/bin/env bash
# Whole-image OCR: English (reference) vs eng+chi_sim vs chi_sim alone, same JVM run, on a CT localizer and an
# ultrasound frame. Usage: bench/ocr-languages.sh   (from the repo root; needs JDK 25 and the Maven wrapper)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# JDK 23+ runs annotation processors only when asked; JMH generates its harness with one.
rm -rf target/test-classes   # an incremental compile would skip the processor
./mvnw -B -q test-compile -Dmaven.compiler.proc=full
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -Djavacpp.platform=linux-x86_64 -cp "$CP" org.openjdk.jmh.Main OcrLanguagesBenchmark \
    -rf json -rff target/ocr-bench.json "$@"
python3 - <<'PY'
import json
scores = {}
for r in json.load(open("target/ocr-bench.json")):
    scores[(r["benchmark"].rsplit(".", 1)[1], r["params"]["languages"])] = r["primaryMetric"]["score"]
for image in sorted({i for i, _ in scores}):
    ref = scores[(image, "eng")]
    print(f"\n{image}: eng {ref:.0f} ms/op (ratio 1.0)")
    for (i, langs), score in sorted(scores.items()):
        if i == image and langs != "eng":
            print(f"{image}: {langs} {score:.0f} ms/op = {score / ref:.2f} x eng")
PY
