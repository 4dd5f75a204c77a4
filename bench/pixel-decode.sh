#!/usr/bin/env bash
# Decode + render of a 512x512 16-bit CT frame (native, RLE, JPEG lossless) vs a plain array copy, same JVM run.
# Usage: bench/pixel-decode.sh   (from the repo root; needs JDK 25 and the Maven wrapper)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/jmh.sh
run_jmh PixelPipelineBenchmark target/pixel-bench.json "$@"
python3 - <<'PY'
import json
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open("target/pixel-bench.json"))}
ref = results.pop("reference_array_copy")
print(f"\nreference_array_copy: {ref:.1f} us/op (ratio 1.0)")
for name, score in sorted(results.items()):
    print(f"{name}: {score:.1f} us/op = {score / ref:.1f} x array copy")
PY
