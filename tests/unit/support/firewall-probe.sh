#!/usr/bin/env bash
# Loads an nftables ruleset in a throwaway network namespace and reports which
# TCP connections reach the "host". Run it as `unshare -rn bash firewall-probe.sh
# RULES`: the host's own firewall is never touched.
#
# The namespace plays the Proxmox host (192.0.2.10, 198.51.100.10 and
# 2001:db8::10). Two more namespaces play a reverse proxy (192.0.2.20) and a
# stranger (198.51.100.99, 2001:db8::99). Nothing listens, so a connection the
# rules let through is refused at once ("reached"), and one they drop times out
# ("dropped").
#
# Prints one "name=result" line per probe, then "rules=N": the number of rules
# on port 8008 after loading the file twice (loading must replace, not add).
# Finally runs the given removal command and prints "left=N", the rules left.
set -euo pipefail
rules=$1
remove=$2

ip link set lo up
unshare -n sleep 60 &
proxy=$!
unshare -n sleep 60 &
stranger=$!
trap 'kill "$proxy" "$stranger" 2>/dev/null || true' EXIT
# Wait until both have left this namespace (unshare runs before sleep does).
for pid in "$proxy" "$stranger"; do
  for _ in $(seq 100); do
    [ "$(readlink "/proc/$pid/ns/net")" != "$(readlink /proc/self/ns/net)" ] && break
    sleep 0.05
  done
done

ip link add veth-proxy type veth peer name eth0 netns "$proxy"
ip link add veth-stranger type veth peer name eth0 netns "$stranger"
ip addr add 192.0.2.10/24 dev veth-proxy
ip addr add 198.51.100.10/24 dev veth-stranger
ip -6 addr add 2001:db8::10/64 dev veth-stranger nodad
ip link set veth-proxy up
ip link set veth-stranger up
nsenter -t "$proxy" -n sh -c 'ip link set lo up && ip addr add 192.0.2.20/24 dev eth0 && ip link set eth0 up'
nsenter -t "$stranger" -n sh -c 'ip link set lo up && ip addr add 198.51.100.99/24 dev eth0 && ip -6 addr add 2001:db8::99/64 dev eth0 nodad && ip link set eth0 up'

nft -f "$rules"
nft -f "$rules"

probe() {
  local status=0
  timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null || status=$?
  case $status in
    0) echo open ;;
    124) echo dropped ;;
    *) echo reached ;;
  esac
}
from() {
  local ns=$1
  shift
  nsenter -t "$ns" -n bash -c "$(declare -f probe); probe $*"
}

echo "loopback-8008=$(probe 127.0.0.1 8008)"
echo "loopback6-8008=$(probe ::1 8008)"
echo "proxy-8008=$(from "$proxy" 192.0.2.10 8008)"
echo "stranger-8008=$(from "$stranger" 198.51.100.10 8008)"
echo "stranger6-8008=$(from "$stranger" 2001:db8::10 8008)"
echo "stranger-22=$(from "$stranger" 198.51.100.10 22)"
echo "stranger-8006=$(from "$stranger" 198.51.100.10 8006)"
echo "stranger6-8006=$(from "$stranger" 2001:db8::10 8006)"
echo "rules=$(nft list ruleset | grep -c 'dport 8008' || true)"

bash -c "$remove"
echo "left=$(nft list ruleset | grep -c 'dport 8008' || true)"
