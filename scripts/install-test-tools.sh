#!/usr/bin/env bash
# Installs the Debian packages the tests use, if they are missing:
# Chromium for Playwright (browsers cannot be downloaded here), and the
# tools the guide's snippets are validated with (nginx, caddy, logrotate,
# nftables, systemd-analyze, and ip for the firewall test's network namespaces).
set -euo pipefail

declare -A packages=(
  [chromium]=chromium
  [nginx]=nginx-light
  [caddy]=caddy
  [logrotate]=logrotate
  [openssl]=openssl
  [nft]=nftables
  [systemd-analyze]=systemd
  [ip]=iproute2
)

missing=()
for command in "${!packages[@]}"; do
  if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$command" ]; then
    missing+=("${packages[$command]}")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test tools present: ${!packages[*]}"
  exit 0
fi

echo "Installing missing test tools: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Debian starts nginx and caddy as services where it can; the tests only use the binaries.
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
