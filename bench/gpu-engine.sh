#!/usr/bin/env bash
# Throughput and latency of a real AI engine (any OpenAI-compatible server: vLLM, DJL Serving LMI, llama.cpp server)
# for the second opinion: N single-image questions at concurrency C. Prints requests/min, p50/p95 latency, the
# speed-up over a sequential pass of the same run, and the ratio to the seed's 15 images/min (3.2 s/image on a 6.8 GB
# GPU); the target is ten times that (150/min) on one H100/H200 with continuous batching.
#
# Usage (from the repository root):
#   bench/gpu-engine.sh --base-url http://gpu-host:8000/v1 --model medgemma-4b-it [--api-key KEY] \
#       [--images DIR | --phantoms N] [--size 896] [--requests 200] [--concurrency 32] [--max-tokens 256] \
#       [--completions-path /../invocations]     # DJL Serving LMI
#   bench/gpu-engine.sh --self-test             # against a tiny local fake server: proves the script, measures nothing
#
# --phantoms N writes N demo-phantom PNGs rendered by the portal's own image preparation (OpinionRendering, the
# model's input --size) to target/bench-images; --images takes a folder of PNGs instead (de-identified only!).
# The key may also come from MEDVISION_AI_API_KEY. Run it on a quiet machine: other load skews the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

phantoms=0
size=896
self_test=false
images=""
pass=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --phantoms) phantoms=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --images) images=$2; shift 2 ;;
    --self-test) self_test=true; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) pass+=("$1"); shift ;;
  esac
done

render_phantoms() {
  local count=$1 out=target/bench-images
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  rm -rf "$out"
  "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
      com.medvisionlab.secondopinion.BenchImages "$out" "$count" "$size" >&2
  echo "$out"
}

if $self_test; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  python3 bench/lib/fake_openai_server.py "$port" fake-medgemma self-test-key 0.25 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1 && break; sleep 0.1; done
  [[ -n "$images" ]] || images=$(render_phantoms "$([[ $phantoms -gt 0 ]] && echo "$phantoms" || echo 10)" | tail -1)
  echo "SELF-TEST against a fake server (0.25 s per answer, unlimited batch): the figures say nothing about a GPU."
  python3 bench/lib/gpu_engine.py --base-url "http://127.0.0.1:$port/v1" --model fake-medgemma \
      --api-key self-test-key --images "$images" --requests 40 --concurrency 8 "${pass[@]}"
  exit $?
fi

if [[ -z "$images" ]]; then
  [[ "$phantoms" -gt 0 ]] || phantoms=20
  images=$(render_phantoms "$phantoms" | tail -1)
fi
python3 bench/lib/gpu_engine.py --images "$images" "${pass[@]}"
