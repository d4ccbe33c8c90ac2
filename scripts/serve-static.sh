#!/usr/bin/env bash
# Serves out/ with deploy/nginx.conf on 127.0.0.1:PORT, in the foreground:
# the real deployment config, with only the paths and the port swapped for
# a scratch directory. Used by the end-to-end tests and the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3200}"
root="$PWD/out"
[ -f "$root/_nginx/maps.conf" ] || { echo "No static export in out/: run npm run build:static first." >&2; exit 1; }
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
brotli=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s#/srv/proxmenux-docs/out#$root#g" \
    -e "s#listen 80;#listen 127.0.0.1:$port;#" \
    -e '/listen \[::\]:80;/d' \
    deploy/nginx.conf > "$work/site.conf"
load_brotli=""
if [ -f "$brotli" ]; then
  load_brotli="load_module $brotli;"
else
  echo "Note: $brotli is missing (apt install libnginx-mod-http-brotli-static); serving gzip only." >&2
  sed -i '/brotli_static/d' "$work/site.conf"
fi
cat > "$work/nginx.conf" <<CONF
$load_brotli
worker_processes 1;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path $work;
    proxy_temp_path $work;
    fastcgi_temp_path $work;
    uwsgi_temp_path $work;
    scgi_temp_path $work;
    include $work/site.conf;
}
CONF
"$nginx_bin" -t -q -p "$work" -c "$work/nginx.conf"
exec "$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;'
