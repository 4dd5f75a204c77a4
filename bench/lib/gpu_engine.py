#!/usr/bin/env python3
"""Load generator for bench/gpu-engine.sh: N chat-completion requests with one PNG each, C at a time, against an
OpenAI-compatible server (vLLM, DJL Serving LMI, llama.cpp server, ...). Prints requests/min and p50/p95 latency,
the speed-up over a sequential pass measured in the same run, and the ratio against the seed's reported figure
(15 images/min, 3.2 s per image on a 6.8 GB GPU). Standard library only."""
import argparse
import base64
import concurrent.futures
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request

SEED_IMAGES_PER_MIN = 15.0
SEED_SECONDS_PER_IMAGE = 3.2
TARGET_FACTOR = 10


def parse():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--base-url", required=True, help="ends in /v1, e.g. http://localhost:8000/v1")
    p.add_argument("--model", required=True)
    p.add_argument("--api-key", default=os.environ.get("MEDVISION_AI_API_KEY", ""))
    p.add_argument("--completions-path", default="/chat/completions",
                   help="appended to the base URL (DJL LMI: /../invocations)")
    p.add_argument("--images", required=True, help="folder of PNGs (used round-robin)")
    p.add_argument("--requests", type=int, default=60)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--sequential", type=int, default=5, help="requests of the sequential reference pass (0: skip)")
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("--timeout", type=float, default=300)
    p.add_argument("--prompt", default="Describe the findings on this image and give the most likely diagnosis.")
    return p.parse_args()


def load_images(folder):
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".png"))
    if not names:
        sys.exit(f"no PNG files in {folder}")
    return [base64.b64encode(open(os.path.join(folder, n), "rb").read()).decode("ascii") for n in names]


def body(args, image_b64):
    return json.dumps({
        "model": args.model,
        "max_tokens": args.max_tokens,
        "temperature": 0,
        "stream": False,
        "messages": [
            {"role": "system", "content": "You are a radiology teaching assistant. Education only."},
            {"role": "user", "content": [
                {"type": "text", "text": args.prompt},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64," + image_b64}},
            ]},
        ],
    }).encode("utf-8")


def ask(args, url, image_b64):
    request = urllib.request.Request(url, data=body(args, image_b64), method="POST")
    request.add_header("Content-Type", "application/json")
    if args.api_key:
        request.add_header("Authorization", "Bearer " + args.api_key)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=args.timeout) as response:
            answer = json.load(response)
        elapsed = time.perf_counter() - start
        usage = answer.get("usage") or {}
        text = answer["choices"][0]["message"]["content"] or ""
        return elapsed, None, usage.get("completion_tokens"), len(text)
    except (urllib.error.URLError, TimeoutError, KeyError, ValueError, OSError) as e:
        return time.perf_counter() - start, type(e).__name__ + ": " + str(e)[:120], None, 0


def run(args, url, images, count, concurrency):
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(ask, args, url, images[i % len(images)]) for i in range(count)]
        results = [f.result() for f in futures]
    wall = time.perf_counter() - started
    return wall, results


def percentile(values, q):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary(label, wall, results):
    ok = [r for r in results if r[1] is None]
    failed = [r for r in results if r[1] is not None]
    latencies = [r[0] for r in ok]
    per_min = len(ok) / wall * 60 if wall > 0 else 0.0
    print(f"{label}: {len(ok)} answered, {len(failed)} failed in {wall:.1f} s = {per_min:.1f} requests/min")
    if latencies:
        print(f"  latency p50 {percentile(latencies, 50):.2f} s, p95 {percentile(latencies, 95):.2f} s, "
              f"max {max(latencies):.2f} s")
    tokens = [r[2] for r in ok if r[2]]
    if tokens:
        print(f"  completion tokens: mean {statistics.mean(tokens):.0f}, "
              f"{sum(tokens) / wall:.0f} tokens/s overall")
    for r in failed[:3]:
        print(f"  failure: {r[1]}")
    return per_min, latencies


def main():
    args = parse()
    url = args.base_url.rstrip("/") + args.completions_path
    images = load_images(args.images)
    print(f"engine {url} model {args.model}: {len(images)} distinct images, "
          f"{args.requests} requests at concurrency {args.concurrency}")
    warm_wall, warm = run(args, url, images, 2, 1)  # loads kernels and caches; not counted
    if any(r[1] for r in warm):
        summary("warm-up", warm_wall, warm)
        sys.exit("the engine does not answer; see the failure above")
    sequential = None
    if args.sequential > 0:
        wall, results = run(args, url, images, args.sequential, 1)
        sequential, _ = summary("sequential reference (concurrency 1)", wall, results)
    wall, results = run(args, url, images, args.requests, args.concurrency)
    per_min, latencies = summary(f"concurrency {args.concurrency}", wall, results)
    if sequential:
        print(f"speed-up over the sequential pass of this run: {per_min / sequential:.1f} x")
    print(f"ratio to the seed's {SEED_IMAGES_PER_MIN:.0f} images/min: {per_min / SEED_IMAGES_PER_MIN:.1f} x "
          f"(target {TARGET_FACTOR} x = {SEED_IMAGES_PER_MIN * TARGET_FACTOR:.0f}/min on one H100/H200)")
    if latencies:
        print(f"p50 latency against the seed's {SEED_SECONDS_PER_IMAGE} s/image: "
              f"{percentile(latencies, 50) / SEED_SECONDS_PER_IMAGE:.2f} x")
    sys.exit(0 if all(r[1] is None for r in results) else 1)


if __name__ == "__main__":
    main()
