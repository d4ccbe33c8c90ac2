import type { Snippet } from '@/lib/document/model';

/**
 * Every command and configuration file the Access & Authentication guide
 * shows. They are the same in every language (readers paste them into a
 * root shell), use documentation addresses (192.0.2.0/24, example.com) and
 * placeholders, never real secrets. tests/unit/snippets.test.ts checks each
 * one with the tool it targets.
 */
const AUTH_JSON = '/root/.config/proxmenux-monitor/auth.json';
const FIREWALL_RULES = '/etc/proxmenux-monitor-firewall.nft';
const FIREWALL_TABLE = 'proxmenux_monitor';
const FIREWALL_UNIT = 'proxmenux-monitor-firewall.service';

export const snippets = {
  reachingUrls: {
    lang: 'text',
    code: `# 1. On the LAN, straight to the Monitor
http://192.0.2.10:8008

# 2. Through a reverse proxy with its own host name (recommended off the LAN)
https://monitor.example.com

# 3. Over Secure Gateway (Tailscale): the same LAN address, from any tailnet device
http://192.0.2.10:8008`,
  },

  login: {
    lang: 'bash',
    code: `# Your Monitor's address: replace 192.0.2.10 with your Proxmox host
MONITOR=http://192.0.2.10:8008

curl -s -X POST "$MONITOR/api/auth/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username": "admin", "password": "your-password"}'`,
  },

  loginResponse: {
    lang: 'json',
    caption: 'response',
    code: `{
  "success": true,
  "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."
}`,
  },

  loginTotp: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008

curl -s -X POST "$MONITOR/api/auth/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username": "admin", "password": "your-password", "totp_token": "123456"}'`,
  },

  resetPassword: {
    lang: 'bash',
    code: `# 1. On the Proxmox host, as root, open the ProxMenux menu
menu

# 2. Settings (key s) -> "Reset ProxMenux Monitor Password" (the menu shows
#    these in the language chosen when ProxMenux was installed). The reset:
#    - stops at once if auth.json does not exist (nothing to reset)
#    - asks for confirmation and needs jq (apt install jq)
#    - copies auth.json to auth.json.bak-<UTC timestamp> (mode 600)
#    - stops proxmenux-monitor.service
#    - clears username, password_hash, totp_secret and backup_codes and sets
#      enabled, configured, declined and totp_enabled to false
#    - keeps every other key: jwt_secret, api_tokens, revoked_tokens,
#      display_name and last_totp_counter
#    - puts the backup back if jq fails to edit the file
#    - starts the service again and prints the host's address
#
# 3. Open http://<host-ip>:8008: the setup dialog is back; create the new admin.`,
  },

  disableTotp: {
    lang: 'bash',
    code: `cp -p ${AUTH_JSON} /root/auth.json.before-2fa-reset
sed -i -E 's/("totp_enabled"[[:space:]]*:[[:space:]]*)true/\\1false/' ${AUTH_JSON}
grep -o '"totp_enabled"[^,}]*' ${AUTH_JSON}   # should print: "totp_enabled": false
systemctl restart proxmenux-monitor.service`,
  },

  backupCodeUnlock: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008

# 1. Sign in with your password and one backup code. The reply's "token" is a
#    session token for API calls, not a dashboard session
curl -s -X POST "$MONITOR/api/auth/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username": "admin", "password": "your-password", "totp_token": "ABCD-EFGH"}'

# 2. Turn 2FA off with that token, your password and a second, unused backup
#    code (the first one is used up). SESSION_TOKEN: the "token" value above
SESSION_TOKEN='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'
curl -s -X POST "$MONITOR/api/auth/totp/disable" \\
  -H "Authorization: Bearer $SESSION_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"password": "your-password", "totp_code": "JKLM-NPQR"}'`,
  },

  generateToken: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
# SESSION_TOKEN: the "token" value returned by /api/auth/login
SESSION_TOKEN='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'

# Leave out "totp_token" if 2FA is off
curl -s -X POST "$MONITOR/api/auth/generate-api-token" \\
  -H "Authorization: Bearer $SESSION_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"password": "your-password", "totp_token": "123456", "token_name": "Home Assistant"}'

# The reply is the only place the token ever appears: store it now.`,
  },

  generateTokenResponse: {
    lang: 'json',
    caption: 'response',
    code: `{
  "success": true,
  "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
  "token_name": "Home Assistant",
  "expires_in": "365 days"
}`,
  },

  useToken: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
API_TOKEN='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'

curl -s -H "Authorization: Bearer $API_TOKEN" "$MONITOR/api/system"`,
  },

  revokeToken: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
# SESSION_TOKEN: the "token" value returned by /api/auth/login
SESSION_TOKEN='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'

# List the tokens; each entry has a 16-character "id"
curl -s -H "Authorization: Bearer $SESSION_TOKEN" "$MONITOR/api/auth/api-tokens"

# Revoke one by its id
curl -s -X DELETE -H "Authorization: Bearer $SESSION_TOKEN" \\
  "$MONITOR/api/auth/api-tokens/0123456789abcdef"`,
  },

  nginx: {
    lang: 'nginx',
    file: '/etc/nginx/sites-available/proxmenux-monitor',
    code: `server {
    listen 80;
    listen [::]:80;
    server_name monitor.example.com;
    return 301 https://$host$request_uri;
}

server {
    # nginx 1.25.1 and later prefer "listen 443 ssl;" plus a separate "http2 on;"
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name monitor.example.com;

    ssl_certificate     /etc/letsencrypt/live/monitor.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/monitor.example.com/privkey.pem;

    # Proxmox VE posts its notifications to the Monitor on port 8008 directly,
    # never through this proxy. What comes through the proxy reaches the
    # Monitor from 127.0.0.1, which the webhook trusts without any check:
    # refuse the route here.
    location = /api/notifications/webhook {
        return 403;
    }

    location / {
        # With the Monitor's built-in HTTPS on: proxy_pass https://127.0.0.1:8008;
        proxy_pass http://127.0.0.1:8008;
        proxy_http_version 1.1;

        # WebSocket upgrade, needed by the terminal tab
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";

        proxy_set_header Host $host;

        # Client address for the rate limit, the audit log and Fail2Ban
        # (the Monitor reads these only with PROXMENUX_TRUST_PROXY=1).
        # Overwrite X-Forwarded-For, never append to it: the Monitor takes the
        # first entry, so $proxy_add_x_forwarded_for would let a client put
        # any address it likes in front of its own.
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $remote_addr;

        # Conventional, but the Monitor does not read them
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-Host $host;

        # Keep long terminal sessions open (the default is 60 seconds)
        proxy_read_timeout 86400s;
        proxy_send_timeout 86400s;
    }
}`,
  },

  caddy: {
    lang: 'text',
    file: '/etc/caddy/Caddyfile',
    code: `# Caddy obtains and renews the certificate, passes WebSocket upgrades and
# the Host header through, and sets X-Forwarded-For/-Proto/-Host by itself.
# An X-Forwarded-For sent by the client is dropped and replaced with the
# client's address, as long as no trusted_proxies setting covers the client.
monitor.example.com {
	# Proxmox VE posts its notifications to the Monitor on port 8008 directly,
	# never through Caddy. What comes through Caddy reaches the Monitor from
	# 127.0.0.1, which the webhook trusts without any check: refuse the route.
	respond /api/notifications/webhook 403

	reverse_proxy 127.0.0.1:8008 {
		header_up X-Real-IP {remote_host}
	}
}`,
  },

  traefik: {
    lang: 'yaml',
    file: '/etc/traefik/dynamic/proxmenux.yml',
    code: `# Read by Traefik's file provider, e.g. with this in the static configuration:
#   providers:
#     file:
#       directory: /etc/traefik/dynamic
# Leave forwardedHeaders.insecure and forwardedHeaders.trustedIPs unset on the
# entry point: Traefik then drops the X-Forwarded-* headers a client sends and
# sets X-Forwarded-For to the address the request came from.
http:
  routers:
    proxmenux:
      rule: "Host(\`monitor.example.com\`)"
      entryPoints:
        - websecure
      service: proxmenux
      tls:
        certResolver: letsencrypt
    # Proxmox VE posts its notifications to the Monitor on port 8008 directly,
    # never through Traefik: refuse the webhook here, wherever Traefik runs.
    # This rule is longer than the one above, so Traefik tries it first.
    proxmenux-webhook:
      rule: "Host(\`monitor.example.com\`) && Path(\`/api/notifications/webhook\`)"
      entryPoints:
        - websecure
      middlewares:
        - proxmenux-refuse
      service: proxmenux
      tls:
        certResolver: letsencrypt

  middlewares:
    proxmenux-refuse:
      ipAllowList:
        # No client connects from 0.0.0.0: every request gets 403
        sourceRange:
          - 0.0.0.0/32

  services:
    proxmenux:
      loadBalancer:
        # The Monitor on the Proxmox host, with its built-in HTTPS on (Proxmox
        # certificate): passwords and tokens never cross the LAN in clear text
        servers:
          - url: https://192.0.2.10:8008
        serversTransport: proxmox-ca

  serversTransports:
    proxmox-ca:
      # The Proxmox cluster's CA, copied from /etc/pve/pve-root-ca.pem on the host
      rootCAs:
        - /etc/traefik/pve-root-ca.pem`,
  },

  firewall: {
    lang: 'bash',
    code: `# Port 8008 for the reverse proxy only: loopback (a proxy on this host) and
# 192.0.2.20 (replace it with your proxy's address, or delete that line).
# Only TCP port 8008 is filtered; SSH, port 8006 and the rest stay as they are.
command -v nft >/dev/null || apt-get install -y nftables

cat > ${FIREWALL_RULES} <<'EOF'
# Loading this file replaces this one table and leaves the rest of the ruleset alone.
table inet ${FIREWALL_TABLE}
delete table inet ${FIREWALL_TABLE}

table inet ${FIREWALL_TABLE} {
	chain input {
		type filter hook input priority filter - 5; policy accept;
		tcp dport 8008 iifname "lo" accept
		tcp dport 8008 ip saddr 192.0.2.20 accept
		tcp dport 8008 counter drop
	}
}
EOF

# Load it now, and at every boot before the Monitor starts
cat > /etc/systemd/system/${FIREWALL_UNIT} <<'EOF'
[Unit]
Description=Port 8008 of ProxMenux Monitor for the reverse proxy only
Before=proxmenux-monitor.service

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/sbin/nft -f ${FIREWALL_RULES}
ExecStop=-/usr/sbin/nft delete table inet ${FIREWALL_TABLE}

[Install]
WantedBy=multi-user.target
EOF
systemctl daemon-reload
systemctl enable ${FIREWALL_UNIT}
systemctl restart ${FIREWALL_UNIT}
nft list table inet ${FIREWALL_TABLE}`,
  },

  trustProxy: {
    lang: 'bash',
    code: `mkdir -p /etc/systemd/system/proxmenux-monitor.service.d
cat > /etc/systemd/system/proxmenux-monitor.service.d/trust-proxy.conf <<'EOF'
[Service]
Environment=PROXMENUX_TRUST_PROXY=1
EOF
systemctl daemon-reload
systemctl restart proxmenux-monitor.service`,
  },

  auditLog: {
    lang: 'log',
    file: '/var/log/proxmenux-auth.log',
    code: `2026-05-14 09:21:07,412 proxmenux-auth: authentication failure; rhost=::ffff:192.0.2.45 user=admin
2026-05-14 09:21:19,930 proxmenux-auth: authentication failure; rhost=::ffff:192.0.2.45 user=admin
2026-05-14 09:22:02,118 proxmenux-auth: authentication failure; rhost=::ffff:192.0.2.45 user=root
2026-05-14 09:22:40,507 proxmenux-auth: authentication failure; rhost=::ffff:192.0.2.45 user=admin
2026-05-14 09:23:11,264 proxmenux-auth: authentication failure; rhost=::ffff:192.0.2.45 user=proxmox
2026-05-14 09:23:51,088 proxmenux-auth: login rate limit exceeded; rhost=::ffff:192.0.2.45 retry_after=136s`,
  },

  logrotate: {
    lang: 'bash',
    code: `cat > /etc/logrotate.d/proxmenux-auth <<'EOF'
/var/log/proxmenux-auth.log {
    weekly
    rotate 12
    compress
    delaycompress
    missingok
    notifempty
    copytruncate
}
EOF
logrotate --debug /etc/logrotate.d/proxmenux-auth`,
  },

  resetAuthJson: {
    lang: 'bash',
    code: `# Until a new admin account exists, anyone who reaches port 8008 has a root shell
# (the dashboard's terminal) and can create the account: keep the port away from
# untrusted networks and finish the setup at once.
cp -p ${AUTH_JSON} /root/auth.json.backup && rm ${AUTH_JSON}
systemctl restart proxmenux-monitor.service`,
  },

  checkToken: {
    lang: 'bash',
    code: `MONITOR=http://192.0.2.10:8008
API_TOKEN='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'

# The HTTP status alone: 200 means the token works, 401 means it is rejected
curl -s -o /dev/null -w '%{http_code}\\n' -H "Authorization: Bearer $API_TOKEN" "$MONITOR/api/system"

# The reply itself, pretty-printed by jq (apt install jq)
curl -s -H "Authorization: Bearer $API_TOKEN" "$MONITOR/api/system" | jq .`,
  },
} as const satisfies Record<string, Snippet>;
