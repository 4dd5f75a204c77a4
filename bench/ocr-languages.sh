#!/usr/bin/env bash
# Whole-image OCR: English (reference) vs eng+chi_sim vs chi_sim alone, same JVM run, on a CT localizer and an
# ultrasound frame. Usage: bench/ocr-languages.sh   (from the repo root; needs JDK 25 and the Maven wrapper)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/jmh.sh
run_jmh OcrLanguagesBenchmark target/ocr-bench.json "$@"
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
