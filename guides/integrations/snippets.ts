import type { Snippet } from '@/lib/document/model';

/**
 * Every command and configuration file the Integrations guide shows. They
 * are the same in every language, use documentation addresses
 * (192.0.2.0/24, example.com) and placeholders, never real secrets, and keep
 * the token out of command lines: scripts read it from a header file with
 * `curl -H @file`. tests/unit/integrations-snippets.test.ts runs each one
 * against a stand-in for the Monitor's API, or checks it with its tool.
 */
export const snippets = {
  saveToken: {
    lang: 'bash',
    code: `# Keep an API token for scripts in a header file that only you can read.
# The token is typed at a prompt, so it is neither echoed nor kept in the shell history.
# The braces make the shell read the whole block before the prompt appears.
{
  HEADER_FILE="$HOME/.config/proxmenux/api-token.header"
  mkdir -p "$(dirname "$HEADER_FILE")"
  read -rsp 'Paste the API token: ' TOKEN && echo
  [ -n "$TOKEN" ] && ( umask 077 && printf 'Authorization: Bearer %s\\n' "$TOKEN" > "$HEADER_FILE" && chmod 600 "$HEADER_FILE" )
  unset TOKEN
  ls -l "$HEADER_FILE"   # should show -rw-------
}`,
  },

  checkToken: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# 200 means the token works; 401 means the Monitor rejects it
curl -sS -o /dev/null -w '%{http_code}\\n' -H @"$HEADER_FILE" "$MONITOR/api/system"

# Why it was refused ("accepted" when it was not)
curl -sS -H @"$HEADER_FILE" "$MONITOR/api/system" | jq -r '.error // .message // "accepted"'`,
  },

  systemSummary: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# CPU and memory in %, memory in GiB, temperature in °C (0 = no sensor found)
curl -fsS -H @"$HEADER_FILE" "$MONITOR/api/system" | jq '{
  host: .hostname,
  cpu_percent: .cpu_usage,
  memory_percent: .memory_usage,
  memory_gib: "\\(.memory_used) of \\(.memory_total)",
  temperature_c: .temperature,
  load_1m: .load_average[0],
  uptime: .uptime,
  pending_updates: .available_updates
}'`,
  },

  healthCheck: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008

# No token needed: /api/system-info is public. Prints the status and summary;
# the exit status is 0 only when the host is healthy (and non-zero if the Monitor
# cannot be reached), so cron or a monitoring agent can act on it.
curl -fsS --max-time 10 "$MONITOR/api/system-info" \\
  | jq -nr 'input | .health
      | if .status == "healthy" then "\\(.status): \\(.summary)"
        else "\\(.status): \\(.summary)\\n" | halt_error(1) end'`,
  },

  guests: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# One line per VM or container of this node: id, type (qemu or lxc), status, name
curl -fsS -H @"$HEADER_FILE" "$MONITOR/api/vms" \\
  | jq -r '.[] | [.vmid, .type, .status, .name] | @tsv'

# Counts
curl -fsS -H @"$HEADER_FILE" "$MONITOR/api/vms" \\
  | jq '{total: length,
         running: map(select(.status == "running")) | length,
         stopped: map(select(.status == "stopped")) | length}'`,
  },

  tokenExpiry: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# Every API token of this Monitor: name, expiry date, days left
curl -fsS -H @"$HEADER_FILE" "$MONITOR/api/auth/api-tokens" \\
  | jq -r '.tokens[]
      | (.expires_at | sub("\\\\.[0-9]+"; "") | fromdateiso8601) as $exp
      | "\\(.name)\\t\\($exp | todate[:10])\\t\\((($exp - now) / 86400) | floor) days left"'`,
  },

  tokenDecode: {
    lang: 'bash',
    code: `HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# Reads the claims inside the saved token without sending it anywhere
cut -d' ' -f3 "$HEADER_FILE" \\
  | jq -rR 'split(".")[1] | gsub("-"; "+") | gsub("_"; "/")
      | . + ("=" * ((4 - length % 4) % 4)) | @base64d | fromjson
      | "name: \\(.token_name)  scope: \\(.scope)  issued: \\(.iat | todate)  expires: \\(.exp | todate)"'`,
  },

  sendNotification: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# Sends a message through the notification channels configured in the Monitor
curl -fsS -X POST -H @"$HEADER_FILE" -H 'Content-Type: application/json' \\
  -d '{"event_type": "custom", "severity": "WARNING",
       "title": "Offsite copy", "message": "The nightly offsite copy took more than 2 hours."}' \\
  "$MONITOR/api/notifications/send" \\
  | jq '{success, channels_sent, errors}'`,
  },

  haSecrets: {
    lang: 'yaml',
    file: '/config/secrets.yaml',
    code: `# The whole header value goes here, "Bearer " included: !secret replaces a value,
# it cannot be joined to other text in configuration.yaml.
proxmenux_pve1_auth: "Bearer PASTE_THE_API_TOKEN_HERE"`,
  },

  haRest: {
    lang: 'yaml',
    file: '/config/configuration.yaml',
    code: `rest:
  # CPU, memory, temperature, uptime and pending updates
  - resource: http://192.0.2.10:8008/api/system
    headers:
      Authorization: !secret proxmenux_pve1_auth
    scan_interval: 30
    timeout: 15
    sensor:
      - name: "pve1 CPU"
        unique_id: pve1_proxmenux_cpu
        value_template: "{{ value_json.cpu_usage }}"
        unit_of_measurement: "%"
        state_class: measurement
      - name: "pve1 memory"
        unique_id: pve1_proxmenux_memory
        value_template: "{{ value_json.memory_usage }}"
        unit_of_measurement: "%"
        state_class: measurement
      - name: "pve1 CPU temperature"
        unique_id: pve1_proxmenux_cpu_temperature
        value_template: "{{ value_json.temperature }}"
        unit_of_measurement: "°C"
        device_class: temperature
        state_class: measurement
      - name: "pve1 pending updates"
        unique_id: pve1_proxmenux_pending_updates
        value_template: "{{ value_json.available_updates }}"
        state_class: measurement
      - name: "pve1 uptime"
        unique_id: pve1_proxmenux_uptime
        value_template: "{{ value_json.uptime }}"

  # Health Monitor verdict; the Monitor refreshes it about every 5 minutes
  - resource: http://192.0.2.10:8008/api/health/full
    headers:
      Authorization: !secret proxmenux_pve1_auth
    scan_interval: 120
    timeout: 30
    sensor:
      - name: "pve1 health"
        unique_id: pve1_proxmenux_health
        value_template: "{{ value_json.health.overall }}"
        json_attributes_path: "$.health"
        json_attributes:
          - summary
      - name: "pve1 active health errors"
        unique_id: pve1_proxmenux_active_errors
        value_template: "{{ value_json.active_errors | length }}"
        state_class: measurement
    binary_sensor:
      - name: "pve1 health problem"
        unique_id: pve1_proxmenux_health_problem
        device_class: problem
        value_template: "{{ value_json.health.overall != 'OK' }}"

  # VMs and containers of this node
  - resource: http://192.0.2.10:8008/api/vms
    headers:
      Authorization: !secret proxmenux_pve1_auth
    scan_interval: 60
    timeout: 15
    sensor:
      - name: "pve1 guests running"
        unique_id: pve1_proxmenux_guests_running
        value_template: "{{ value_json | selectattr('status', 'eq', 'running') | list | length }}"
        state_class: measurement
      - name: "pve1 guests stopped"
        unique_id: pve1_proxmenux_guests_stopped
        value_template: "{{ value_json | selectattr('status', 'eq', 'stopped') | list | length }}"
        state_class: measurement`,
  },

  haCommandLine: {
    lang: 'yaml',
    file: '/config/configuration.yaml',
    code: `# For a Monitor on built-in HTTPS with the Proxmox certificate: the rest integration can
# only switch certificate checks off, curl can check them against the Proxmox CA.
# Put the CA in /config/pve-root-ca.pem and one line in /config/proxmenux-pve1.header:
#   Authorization: Bearer <the API token>
command_line:
  - sensor:
      name: "pve1 CPU (HTTPS)"
      unique_id: pve1_proxmenux_cpu_https
      command: >-
        curl -fsS --max-time 10 --cacert /config/pve-root-ca.pem
        -H @/config/proxmenux-pve1.header https://pve1.example.com:8008/api/system
      value_template: "{{ value_json.cpu_usage }}"
      unit_of_measurement: "%"
      scan_interval: 60
      command_timeout: 15`,
  },

  homepageServices: {
    lang: 'yaml',
    file: 'config/services.yaml',
    code: `- Proxmox:
    - pve1:
        href: http://192.0.2.10:8008/
        description: ProxMenux Monitor
        widget:
          type: customapi
          url: http://192.0.2.10:8008/api/system
          refreshInterval: 30000 # milliseconds
          headers:
            Authorization: Bearer {{HOMEPAGE_FILE_PROXMENUX_PVE1}}
          mappings:
            - field: cpu_usage
              label: CPU
              format: percent
            - field: memory_usage
              label: RAM
              format: percent
            - field: temperature
              label: Temp
              format: number
              suffix: "°C"
            - field: available_updates
              label: Updates
              format: number`,
  },

  homepageToken: {
    lang: 'bash',
    code: `# In the folder of compose.yaml: the token alone, with no newline at the end.
# The file is readable by its owner only; if Homepage runs with PUID/PGID,
# give the file to that user.
{
  read -rsp 'Paste the API token: ' TOKEN && echo
  [ -n "$TOKEN" ] && ( umask 077 && printf '%s' "$TOKEN" > proxmenux-pve1.token )
  unset TOKEN
}`,
  },

  homepageCompose: {
    lang: 'yaml',
    file: 'compose.yaml',
    code: `# The token is in ./proxmenux-pve1.token, next to this file (see above).
services:
  homepage:
    image: ghcr.io/gethomepage/homepage:latest
    ports:
      - 3000:3000
    volumes:
      - ./config:/app/config
    environment:
      # The host name and port you open Homepage with
      HOMEPAGE_ALLOWED_HOSTS: homepage.example.com:3000
      HOMEPAGE_FILE_PROXMENUX_PVE1: /run/secrets/proxmenux_pve1
    secrets:
      - proxmenux_pve1

secrets:
  proxmenux_pve1:
    file: ./proxmenux-pve1.token`,
  },

  prometheusCheck: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# What Prometheus will receive: a few of the host-wide series
curl -fsS -H @"$HEADER_FILE" "$MONITOR/api/prometheus" \\
  | grep -E '^proxmox_(cpu_usage|memory_usage_percent|vms_running|uptime_seconds)\\{'`,
  },

  prometheusToken: {
    lang: 'bash',
    code: `# As root on the Prometheus server. Debian's package runs Prometheus as the user
# "prometheus": if yours runs as another user, give the file to that one.
{
  read -rsp 'Paste the API token: ' TOKEN && echo
  [ -n "$TOKEN" ] && ( umask 077 && printf '%s' "$TOKEN" > /etc/prometheus/proxmenux-pve1.token )
  unset TOKEN
  chown prometheus: /etc/prometheus/proxmenux-pve1.token
}`,
  },

  prometheusJob: {
    lang: 'yaml',
    file: '/etc/prometheus/prometheus.yml',
    code: `# One job per Monitor: each Monitor signs its tokens with its own secret,
# and a job sends a single token.
scrape_configs:
  - job_name: proxmenux-pve1
    metrics_path: /api/prometheus
    scheme: http
    scrape_interval: 60s
    scrape_timeout: 30s
    # The Monitor stamps every sample with the time of the request. Ignoring the
    # stamps costs nothing and lets Prometheus mark series that disappear (a guest
    # that stops) as stale at once instead of repeating them for 5 minutes.
    honor_timestamps: false
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/proxmenux-pve1.token
    static_configs:
      - targets: ['192.0.2.10:8008']`,
  },

  promqlQueries: {
    lang: 'text',
    code: `# Is Prometheus reaching the Monitor? 1 = yes
up{job="proxmenux-pve1"}

# CPU and memory in percent
proxmox_cpu_usage
proxmox_memory_usage_percent

# Memory used, in GiB
proxmox_memory_used_bytes / 2^30

# Load average over 1 minute
proxmox_load_average{period="1m"}

# Running guests (VMs and containers together)
proxmox_vms_running

# Guests that are not running, by name
proxmox_vm_status == 0

# CPU temperature (absent when the host has no readable sensor)
proxmox_cpu_temperature_celsius

# Host traffic in bytes per second, all interfaces added together
rate(proxmox_network_bytes_received_total[5m])
rate(proxmox_network_bytes_sent_total[5m])

# Uptime in days
proxmox_uptime_seconds / 86400`,
  },

  grafanaPrometheus: {
    lang: 'yaml',
    file: '/etc/grafana/provisioning/datasources/prometheus.yaml',
    code: `# Grafana reads from Prometheus; the ProxMenux token stays with Prometheus.
apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    access: proxy
    url: http://prometheus.example.com:9090`,
  },

  grafanaInfinity: {
    lang: 'yaml',
    file: '/etc/grafana/provisioning/datasources/proxmenux-pve1.yaml',
    code: `# Live JSON from the Monitor, without Prometheus (needs the Infinity plugin).
# The token comes from the environment of the Grafana server: PROXMENUX_PVE1_TOKEN
apiVersion: 1
datasources:
  - name: ProxMenux pve1
    type: yesoreyeram-infinity-datasource
    jsonData:
      auth_method: bearerToken
      allowedHosts:
        - http://192.0.2.10:8008/api/
    secureJsonData:
      bearerToken: \${PROXMENUX_PVE1_TOKEN}`,
  },

  httpsTrust: {
    lang: 'bash',
    code: `MONITOR=https://pve1.example.com:8008
HEADER_FILE="$HOME/.config/proxmenux/api-token.header"

# 1. Is built-in HTTPS on, and with which certificate? (public route, no token is sent,
#    so skipping the certificate check with -k exposes nothing here)
curl -ksS "$MONITOR/api/ssl/status" | jq '{ssl_enabled, source, cert_path, cert_info}'

# 2. With the Proxmox self-signed certificate: copy the cluster CA that signed it, and
#    list the names and addresses the certificate is valid for (use one in the URL).
#    The braces keep the rest of a paste away from the password prompts.
{
  scp root@pve1.example.com:/etc/pve/pve-root-ca.pem ./pve-root-ca.pem
  ssh root@pve1.example.com openssl x509 -in /etc/pve/local/pve-ssl.pem -noout -ext subjectAltName
}

# 3. A verified request: no -k, the CA file instead
curl -sS --cacert ./pve-root-ca.pem -o /dev/null -w '%{http_code}\\n' \\
  -H @"$HEADER_FILE" "$MONITOR/api/system"`,
  },

  corsOrigins: {
    lang: 'bash',
    code: `# Only for a dashboard that calls the Monitor from the browser (JavaScript on another
# origin). Server-side tools (Home Assistant, Homepage, Prometheus, Grafana) need nothing.
# The origin must match exactly: scheme, host name and port; separate several with commas.
mkdir -p /etc/systemd/system/proxmenux-monitor.service.d
cat > /etc/systemd/system/proxmenux-monitor.service.d/cors-origins.conf <<'EOF'
[Service]
Environment=PROXMENUX_CORS_ORIGINS=https://dash.example.com
EOF
systemctl daemon-reload
systemctl restart proxmenux-monitor.service`,
  },
} as const satisfies Record<string, Snippet>;
