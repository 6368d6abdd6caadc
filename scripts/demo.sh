#!/usr/bin/env bash
# Installs what is missing, builds, and runs HAProxy in the foreground on the
# demo configuration (haproxy.cfg.example) with the API on 127.0.0.1:8000.
# Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
npm run -s build

run=$(mktemp -d /tmp/haproxy-api-demo.XXXXXX)
trap 'rm -rf "$run"' EXIT
sed "s#/usr/local/share/lua/5.3/haproxy-api.lua#$root/dist/haproxy-api.lua#; s#/run/haproxy/admin.sock#$run/admin.sock#" \
  haproxy.cfg.example > "$run/haproxy.cfg"
haproxy -c -q -f "$run/haproxy.cfg"

cat <<TXT
haproxy-api demo: HAProxy $(haproxy -v | head -1 | awk '{print $3}') with the API on http://127.0.0.1:8000
  configuration: $run/haproxy.cfg
  stats socket:  $run/admin.sock
Try:
  curl -s http://127.0.0.1:8000/
  curl -s http://127.0.0.1:8080/          # demo traffic through backend "app"
  echo "show servers state app" | python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect("$run/admin.sock"); s.sendall(sys.stdin.buffer.read()); print(s.makefile().read())'
  lua5.3 -e 'package.path="$root/dist/?.lua;"..package.path; local c=require("haproxy.stats").Client("$run/admin.sock"); print(c:get_weight("app","web1").current)'
Ctrl-C stops HAProxy.
TXT
haproxy -db -f "$run/haproxy.cfg"
