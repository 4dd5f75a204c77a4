#!/usr/bin/env bash
# Puts Tesseract's Simplified Chinese model at <output-dir>/tessdata/chi_sim.traineddata (beside eng.traineddata),
# so the jar carries it and OCR verification can read Chinese identifiers burned into pixels.
# Maven Central has no chi_sim model and GitHub may be unreachable, so it comes from the npm registry package
# @tesseract.js-data/chi_sim@1.0.0 (its 4.0.0_best_int LSTM integer model, 2.4 MB; Tesseract 4/5 read it).
# Pinned twice: the tarball's sha512 (npm "integrity") and the extracted model's sha256.
# Cached in ~/.cache/medvision/tessdata, so only the first build on a machine downloads (21 MB tarball).
# Usage: fetch-tessdata.sh <output-dir>
set -euo pipefail

package="@tesseract.js-data/chi_sim@1.0.0"
tarball_integrity="sha512-iuErURkPbECDUazgsLn/r3c+tU2y5o5S/w14d0A/YiagfsjYyZKgTo75RUpsGJ311qtu0dIX4hqnXAAjmqf2CA=="
model_in_tarball="package/4.0.0_best_int/chi_sim.traineddata.gz"
model_sha256="9784f7c917c546424b690fcde708ce1f604a4393d08bb51ddab146d7d7c794e6"

out_dir="${1:?usage: fetch-tessdata.sh <output-dir>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$out_dir/tessdata/chi_sim.traineddata"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/medvision/tessdata"
cached="$cache_dir/chi_sim-4.0.0_best_int-$model_sha256.traineddata"

has_model() { [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$model_sha256" ]]; }

if has_model "$dest"; then
    exit 0
fi

if ! has_model "$cached"; then
    # npm and node: the ones ensure-node24.sh put in .node/ (it runs earlier, in initialize), else the PATH's
    if [[ -x "$root/.node/bin/node" && -f "$root/.node/lib/node_modules/npm/bin/npm-cli.js" ]]; then
        node="$root/.node/bin/node"
        npm=("$node" "$root/.node/lib/node_modules/npm/bin/npm-cli.js")
    elif command -v npm >/dev/null && command -v node >/dev/null; then
        node="$(command -v node)"
        npm=(npm)
    else
        echo "fetch-tessdata: need node and npm (on PATH or in .node/) to download $package from the npm registry;" \
             "or place the model (sha256 $model_sha256) at $cached" >&2
        exit 1
    fi
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    echo "fetch-tessdata: downloading $package from the npm registry"
    if ! (cd "$work" && "${npm[@]}" pack --silent "$package" >/dev/null); then
        echo "fetch-tessdata: 'npm pack $package' failed (is the npm registry reachable?)" >&2
        exit 1
    fi
    tgz="$(ls "$work"/*.tgz)"
    actual="$("$node" -e 'const c=require("crypto"),f=require("fs");
        process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
    if [[ "$actual" != "$tarball_integrity" ]]; then
        echo "fetch-tessdata: $package tarball integrity $actual, expected $tarball_integrity; refusing it" >&2
        exit 1
    fi
    tar xzf "$tgz" -C "$work" "$model_in_tarball"
    gunzip -c "$work/$model_in_tarball" > "$work/chi_sim.traineddata"
    if ! has_model "$work/chi_sim.traineddata"; then
        echo "fetch-tessdata: extracted model does not have sha256 $model_sha256; refusing it" >&2
        exit 1
    fi
    mkdir -p "$cache_dir"
    mv "$work/chi_sim.traineddata" "$cached.tmp" && mv "$cached.tmp" "$cached"
fi

mkdir -p "$(dirname "$dest")"
cp "$cached" "$dest.tmp" && mv "$dest.tmp" "$dest"
echo "fetch-tessdata: tessdata/chi_sim.traineddata ready"
