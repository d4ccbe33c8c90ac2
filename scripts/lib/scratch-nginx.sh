# Runs Debian's nginx in the foreground from a scratch directory, with one
# site configuration: what scripts/serve-static.sh and
# scripts/serve-proxied.sh share. Source it, then:
#
#   run_nginx WORK_DIR [MAIN_CONTEXT_LINES]
#
# WORK_DIR holds site.conf (and anything it includes); nginx keeps its pid,
# temporary files and logs there. MAIN_CONTEXT_LINES go before the events
# block (e.g. the line brotli_module prints).
run_nginx() {
  local work="$1" main="${2:-}"
  local nginx_bin
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  cat > "$work/nginx.conf" <<CONF
$main
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
}

# Prints the load_module line for Debian's Brotli module (brotli_static), or,
# when it is not installed, removes the brotli_static lines from SITE_CONF
# and says so: gzip still works.
#
#   brotli_module SITE_CONF
brotli_module() {
  local module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
  if [ -f "$module" ]; then
    echo "load_module $module;"
  else
    echo "Note: $module is missing (apt install libnginx-mod-http-brotli-static); serving gzip only." >&2
    sed -i '/brotli_static/d' "$1"
  fi
}
