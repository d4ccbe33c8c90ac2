#!/usr/bin/env bash
# Installs the Debian packages the tests use, if they are missing:
# Chromium's headless shell for Playwright (browsers cannot be downloaded
# here), nginx with its Brotli module for the deployment tests, the tools
# the guides' snippets are validated with (nginx, caddy, logrotate,
# nftables, systemd-analyze, ip for the firewall test's network namespaces,
# and curl, jq and shellcheck for the scripts of the integrations guide),
# the fonts the screenshots and layout tests assume, and translate-toolkit,
# which reads the PO and XLIFF files of npm run i18n:export in the
# round-trip test.
set -euo pipefail

# What to look for (a command, or a file) → the Debian package that provides it.
declare -A packages=(
  [chromium-headless-shell]=chromium-headless-shell
  [nginx]=nginx-light
  [/usr/lib/nginx/modules/ngx_http_brotli_static_module.so]=libnginx-mod-http-brotli-static
  [caddy]=caddy
  [logrotate]=logrotate
  [openssl]=openssl
  [nft]=nftables
  [systemd-analyze]=systemd
  [ip]=iproute2
  [po2json]=translate-toolkit
  [curl]=curl
  [jq]=jq
  [shellcheck]=shellcheck
  [/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf]=fonts-liberation
  [/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]=fonts-noto-core
  # Chinese (Noto Sans Arabic and the Cyrillic faces come with fonts-noto-core).
  [/usr/share/fonts/truetype/wqy/wqy-microhei.ttc]=fonts-wqy-microhei
)

present() {
  case "$1" in
    /*) [ -e "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] ;;
  esac
}

missing=()
for check in "${!packages[@]}"; do
  present "$check" || missing+=("${packages[$check]}")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools present: ${packages[*]}"
  exit 0
fi

echo "Installing missing test tools: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The tests start nginx and caddy themselves, on their own ports. Debian
# would start them as services on port 80 (or fail trying); a policy-rc.d
# that refuses every start keeps apt from doing so while it installs.
policy=/usr/sbin/policy-rc.d
restore_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  restore_policy=1
fi
trap '[ -n "$restore_policy" ] && $sudo rm -f "$policy"' EXIT
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
