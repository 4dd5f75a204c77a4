#!/usr/bin/env bash
# Burned-in text cleaning per clip: every frame covered (detector on all frames, OCR on frames with new text) vs the
# old sampling (finder on 4 frames), same JMH run, on the multi-frame samples of ../shared and synthetic 200-frame
# clips. Usage: bench/clip-frames.sh [JMH options]   (from the repo root; needs JDK 25 and ../shared/testdata)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/jmh.sh
run_jmh ClipCoverageBenchmark target/clip-bench.json "$@" 2>&1 | grep -v -e "^Error in " -e "^WARNING"
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
