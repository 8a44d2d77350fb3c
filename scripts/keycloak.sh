#!/usr/bin/env bash
# Start, stop or check a local Keycloak (the interop peer) for manual experiments.
#
#   scripts/keycloak.sh start [port]   # default port 8180; loopback only; dev mode, in-memory DB
#   scripts/keycloak.sh status
#   scripts/keycloak.sh stop
#
# Uses the same unpacked distribution as the Maven profile `interop`
# (sdk-contract-harness/target/keycloak/keycloak-<version>), unpacking it first if needed.
# The bootstrap admin password is generated and written to $STATE_DIR/admin.env (mode 600);
# it is never printed. Keycloak is stopped by the PIDs recorded at start.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="${KEYCLOAK_VERSION:-26.7.3}"
HOME_DIR="$ROOT/sdk-contract-harness/target/keycloak/keycloak-$VERSION"
STATE_DIR="$ROOT/sdk-contract-harness/target/keycloak-script"
PID_FILE="$STATE_DIR/pids"
LOG_FILE="$STATE_DIR/keycloak.log"

unpack() {
  if [[ ! -x "$HOME_DIR/bin/kc.sh" ]]; then
    echo "Unpacking Keycloak $VERSION (first time: downloads 177 MB into ~/.m2)..."
    (cd "$ROOT" && ./mvnw -B -q -pl sdk-contract-harness -Pinterop dependency:unpack@unpack-keycloak)
  fi
}

running_pids() {
  [[ -f "$PID_FILE" ]] || return 0
  while read -r pid; do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
  done <"$PID_FILE"
  return 0
}

start() {
  local port="${1:-8180}"
  if [[ -n "$(running_pids)" ]]; then
    echo "Already running (pids: $(running_pids | tr '\n' ' '))"; return 0
  fi
  unpack
  mkdir -p "$STATE_DIR"
  local password
  password="$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)"
  (umask 077 && printf 'KC_ADMIN_USERNAME=admin\nKC_ADMIN_PASSWORD=%s\nKC_URL=http://127.0.0.1:%s\n' \
    "$password" "$port" >"$STATE_DIR/admin.env")
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$password" \
    nohup "$HOME_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
    --db=dev-mem >"$LOG_FILE" 2>&1 </dev/null &
  local kc=$!
  echo "$kc" >"$PID_FILE"
  local url="http://127.0.0.1:$port/realms/master/.well-known/openid-configuration"
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$url"; then
      { echo "$kc"; pgrep -P "$kc" || true; } >"$PID_FILE"
      echo "Keycloak ready at http://127.0.0.1:$port (pids: $(tr '\n' ' ' <"$PID_FILE"))"
      echo "Admin credentials: $STATE_DIR/admin.env; log: $LOG_FILE"
      return 0
    fi
    if ! kill -0 "$kc" 2>/dev/null; then
      echo "Keycloak exited; see $LOG_FILE" >&2; rm -f "$PID_FILE"; return 1
    fi
    sleep 1
  done
  echo "Not ready after 180 s; see $LOG_FILE" >&2
  return 1
}

stop() {
  local pids
  pids="$(running_pids)"
  if [[ -z "$pids" ]]; then echo "Not running"; rm -f "$PID_FILE"; return 0; fi
  # Children (the Keycloak JVM) first, then kc.sh.
  for pid in $(echo "$pids" | tac); do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    [[ -z "$(running_pids)" ]] && break
    sleep 1
  done
  for pid in $(running_pids); do kill -9 "$pid" 2>/dev/null || true; done
  rm -f "$PID_FILE"
  echo "Stopped"
}

status() {
  local pids
  pids="$(running_pids)"
  if [[ -z "$pids" ]]; then echo "Not running"; return 3; fi
  echo "Running (pids: $(echo "$pids" | tr '\n' ' ')); $(grep KC_URL "$STATE_DIR/admin.env" 2>/dev/null || true)"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [port] | stop | status" >&2; exit 2 ;;
esac
