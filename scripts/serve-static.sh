#!/usr/bin/env bash
# Serves out/ with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground:
# the real deployment config, with only the paths and the port swapped for
# a scratch directory. Used by the end-to-end tests and the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/scratch-nginx.sh
source scripts/lib/scratch-nginx.sh
port="${1:-3200}"
root="$PWD/out"
[ -f "$root/_nginx/maps.conf" ] || { echo "No static export in out/: run npm run build:static first." >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s#/srv/proxmenux-docs/out#$root#g" \
    -e "s#listen 80;#listen 127.0.0.1:$port;#" \
    -e '/listen \[::\]:80;/d' \
    deploy/nginx.conf > "$work/site.conf"
run_nginx "$work" "$(brotli_module "$work/site.conf")"
