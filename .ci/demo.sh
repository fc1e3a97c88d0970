#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, starts the reference backend with
# simulated traffic and opens the console signed in as the demo supervisor.
# Without a display it renders offscreen and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/packages.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"

DATA="${PILOTHOUSE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/pilothouse-demo}"
mkdir -p "$DATA/server" "$DATA/console"
SERVER=build/release/server/pilothouse-server
CONSOLE=build/release/app/pilothouse

# 20 simulated conversations a minute keep the board lively from the first seconds. A new data
# directory first gets 30 days of simulated past for the Overview and Analytics (--history-days).
if [ ! -e "$DATA/server/pilothouse-server.sqlite" ]; then
  echo "demo: first start, writing 30 days of simulated past (about 20 s)"
fi
"$SERVER" --demo --simulate 20 --data-dir "$DATA/server" --listen 127.0.0.1:8787 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
  if curl -fsS http://127.0.0.1:8787/api/v1/health >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "demo: the server did not start (is port 8787 taken?)" >&2; exit 1; fi
  sleep 0.2
done

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  "$CONSOLE" --demo --data-dir "$DATA/console" "$@"
else
  echo "demo: no display; rendering offscreen to $DATA/demo.png (run on a desktop to use the console)"
  # A private D-Bus session with an unlocked throwaway keyring stands in for the desktop keychain.
  QT_QPA_PLATFORM=offscreen dbus-run-session -- sh -c \
    'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh \
    "$CONSOLE" --demo --data-dir "$DATA/console" --screenshot "$DATA/demo.png" --screenshot-timeout 120 "$@"
  echo "demo: saved $DATA/demo.png"
fi
