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
sed "s#/usr/local/share/lua/5.3/haproxy-api.lua#$root/dist/haproxy-api.lua#; s#/run/haproxy/admin.sock#$run/admin.sock#; s#/etc/haproxy/#$run/#g" \
  haproxy.cfg.example > "$run/haproxy.cfg"
mkdir -p "$run/state"
printf '/static static\n' > "$run/routes.map"
printf '192.0.2.1\n' > "$run/blocklist.acl"
haproxy -c -q -f "$run/haproxy.cfg"

api=http://127.0.0.1:8000
cat <<TXT
haproxy-api demo: HAProxy $(haproxy -v | awk 'NR == 1 {print $3}') with the API on $api
  configuration: $run/haproxy.cfg
  stats socket:  $run/admin.sock
Try:
  curl -s $api/stats/backends/app/servers
  curl -s $api/stats/backends/app/servers/web1/weight
  curl -s -X PATCH -H 'Content-Type: application/json' -d '{"current": 5}' $api/stats/backends/app/servers/web1/weight
  curl -s -X PATCH -H 'Content-Type: application/json' -d '{"admin_state": "drain"}' $api/stats/backends/app/servers/web1/state
  curl -s -X PATCH -H 'Content-Type: application/json' -d '{"admin_state": "ready"}' $api/stats/backends/app/servers/web1/state
  curl -s -X POST -H 'Content-Type: application/json' -d '{"timeout": 30, "then": "maint"}' $api/stats/backends/app/servers/web2/drain
  curl -s -X POST -H 'Content-Type: application/json' -d '{"ramp": 10}' $api/stats/backends/app/servers/web2/ready
  curl -s -X POST -H 'Content-Type: application/json' -d '{"name": "web9", "address": "127.0.0.1", "port": 8081, "check": true}' $api/stats/backends/app/servers
  curl -s -X PATCH -H 'Content-Type: application/json' -d '[{"name": "web1", "weight": 30}, {"name": "web2", "weight": 10}]' $api/stats/backends/app/servers
  curl -s $api/maps
  curl -s -X POST -H 'Content-Type: application/json' -d '{"key": "/assets", "value": "static"}' $api/maps/%23<id>/entries
  curl -s $api/tables/www
  curl -s $api/stats/info
  curl -s $api/config
  curl -s http://127.0.0.1:8080/          # demo traffic through backend "app"
Ctrl-C stops HAProxy.
TXT
haproxy -db -f "$run/haproxy.cfg"
