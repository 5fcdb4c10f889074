#!/usr/bin/env bash
# Starts and stops dynalite, an in-memory DynamoDB-compatible server (npm, MIT), for the tests.
#
#   scripts/dynalite.sh start [--state-dir DIR]   installs the pinned version (tools/dynalite, npm ci)
#                                                 if needed, starts it on a free 127.0.0.1 port and
#                                                 prints the endpoint; DIR/dynalite.port holds the port
#   scripts/dynalite.sh stop  [--state-dir DIR]   stops the server started with the same DIR
#   scripts/dynalite.sh endpoint [--state-dir DIR] prints http://127.0.0.1:PORT of a running server
#
# DIR defaults to .tools/dynalite. Several servers can run at once, each with its own DIR.
# Needs Node 18+ and npm; nothing else is downloaded than the packages in tools/dynalite's lock.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tool_dir="$root/tools/dynalite"
command="${1:-}"
shift || true
state_dir="$root/.tools/dynalite"
while [ $# -gt 0 ]; do
  case "$1" in
    --state-dir) state_dir="$2"; shift 2 ;;
    *) echo "dynalite.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
pid_file="$state_dir/dynalite.pid"
port_file="$state_dir/dynalite.port"
log_file="$state_dir/dynalite.log"

require_node() {
  for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "dynalite.sh: '$tool' is not on the PATH. The DynamoDB tests run against dynalite," \
        "which needs Node.js 18+ and npm: install them (for example 'apt-get install nodejs npm')." >&2
      exit 3
    fi
  done
}

# npm ci only when the lock changed since the last install: a warm run costs nothing.
install() {
  local stamp="$tool_dir/node_modules/.lift-installed-package-lock.json"
  if [ -d "$tool_dir/node_modules/dynalite" ] && cmp -s "$stamp" "$tool_dir/package-lock.json"; then
    return
  fi
  # The optional leveldown (a native, on-disk store) is left out: the tests keep data in memory.
  (cd "$tool_dir" && npm ci --omit=optional --no-audit --no-fund --loglevel=error >&2)
  cp "$tool_dir/package-lock.json" "$stamp"
}

running() {
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

start() {
  require_node
  mkdir -p "$state_dir"
  if running && [ -s "$port_file" ]; then
    echo "http://127.0.0.1:$(cat "$port_file")"
    return
  fi
  install
  rm -f "$port_file" "$pid_file"
  nohup node "$tool_dir/server.js" "$port_file" >"$log_file" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" > "$pid_file"
  # Bounded wait: 30 s at most for the port file (dynalite starts in well under a second).
  for _ in $(seq 1 300); do
    if [ -s "$port_file" ]; then
      echo "http://127.0.0.1:$(cat "$port_file")"
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "dynalite.sh: dynalite exited while starting; its log ($log_file):" >&2
      cat "$log_file" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "dynalite.sh: dynalite did not start within 30 s; its log ($log_file):" >&2
  cat "$log_file" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}

stop() {
  if running; then
    local pid
    pid="$(cat "$pid_file")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file" "$port_file"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  endpoint)
    if running && [ -s "$port_file" ]; then echo "http://127.0.0.1:$(cat "$port_file")"; else echo "dynalite.sh: not running" >&2; exit 1; fi ;;
  *) echo "usage: scripts/dynalite.sh start|stop|endpoint [--state-dir DIR]" >&2; exit 2 ;;
esac
