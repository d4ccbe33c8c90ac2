#!/usr/bin/env bash
# Serves the Node.js target the way deploy/nginx-node.conf deploys it: nginx
# terminating TLS on 127.0.0.1:PORT (with a self-signed certificate made
# now) in front of `next start` on 127.0.0.1:UPSTREAM, which must already
# run, with its build's assets (.next/static/) served by nginx itself. In the
# foreground; used by the end-to-end tests and the benchmark.
#
#   bash scripts/serve-proxied.sh 3400 3100
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/scratch-nginx.sh
source scripts/lib/scratch-nginx.sh
port="${1:-3400}"
upstream="${2:-3100}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
sed -e "s#/etc/letsencrypt/live/docs.example.com#$work#g" \
    -e "s#/srv/proxmenux-docs/.next/static/#$PWD/.next/static/#" \
    -e "s#server 127.0.0.1:3000;#server 127.0.0.1:$upstream;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$port ssl http2;#" \
    -e "s#listen 80;#listen 127.0.0.1:$((port + 1));#" \
    -e '/listen \[::\]:/d' \
    deploy/nginx-node.conf > "$work/site.conf"
run_nginx "$work" "$(brotli_module "$work/site.conf")"
