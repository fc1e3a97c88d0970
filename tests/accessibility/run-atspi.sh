#!/bin/sh
# The real console as a screen reader meets it: a private X server (Xvfb), D-Bus session,
# accessibility bus and keyring; for every page but the sign-in also a real pilothouse-server --demo with
# simulated traffic. Then atspi_check.py reads the console's tree through AT-SPI.
# Usage: run-atspi.sh CONSOLE SERVER PAGE LANG   (PAGE: as atspi_check.py lists them)
# A missing tool is a failure, never a skip: .ci/install-deps.sh installs them all.
set -u
if [ $# -ne 4 ]; then
    echo "usage: $0 CONSOLE SERVER signin|workspace|overview|analytics|history|review|rules|settings|users|audit LANG" >&2
    exit 2
fi
console=$1 server=$2 page=$3 lang=$4
here=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb dbus-run-session gnome-keyring-daemon /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-atspi: '$tool' not found; install xvfb, dbus, gnome-keyring, at-spi2-core and python3-pyatspi" >&2
        exit 1
    fi
done
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    echo "run-atspi: the Python module pyatspi is missing; install python3-pyatspi" >&2
    exit 1
fi

unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pilothouse-atspi.XXXXXX") || exit 1
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
HOME=$scratch/home
XDG_RUNTIME_DIR=$scratch/run
export HOME XDG_RUNTIME_DIR
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR" || exit 1

# A display of our own. Xvfb -displayfd let two runs starting together be told the same number; the
# loser exited while the winner served it, and the loser's console then used the other run's X
# server and lost it when that run ended ("could not connect to display :0" under ctest -j 2; this
# Xvfb writes no /tmp/.X<n>-lock to tell them apart). So each run asks for a number of its own,
# spread by its pid, and takes it only when its Xvfb is still running once the socket accepts
# (an Xvfb refused a display in use exits); otherwise it tries the next number.
accepts() {
    python3 -c 'import socket, sys; s = socket.socket(socket.AF_UNIX); s.settimeout(1); s.connect(sys.argv[1])' \
        "$1" 2>/dev/null
}
start_xvfb() { # display number
    # -noreset: by default the server resets when its last client leaves, and the check below is
    # such a client; a console connecting during that reset was refused ("could not connect to
    # display :484" with a display of its own, under ctest -j 2).
    Xvfb ":$1" -screen 0 "$screen" -nolisten tcp -noreset >"$scratch/xvfb.log" 2>&1 &
    xvfb=$!
    socket=/tmp/.X11-unix/X$1
    for _ in $(seq 50); do
        kill -0 "$xvfb" 2>/dev/null || return 1
        if accepts "$socket"; then
            sleep 0.2 # an Xvfb that lost the display to another is gone by now
            kill -0 "$xvfb" 2>/dev/null && return 0
            return 1
        fi
        sleep 0.1
    done
    kill "$xvfb" 2>/dev/null
    return 1
}
# Settings is one long page: a screen and a window tall enough to show all of it, so that each
# section is showing, as it is to a screen-reader user who scrolls to it.
screen=1440x900x24 windowArgs=""
[ "$page" = settings ] && screen=1440x2600x24 windowArgs="--window-size 1400x2500"
started=no
number=$((100 + $$ % 800))
for _ in 1 2 3 4 5 6 7 8; do
    if start_xvfb "$number"; then started=yes; break; fi
    number=$((number + 1))
done
if [ "$started" != yes ]; then
    echo "run-atspi: Xvfb did not start a display of its own:" >&2; cat "$scratch/xvfb.log" >&2; exit 1
fi
pids="$pids $xvfb"
DISPLAY=:$number
export DISPLAY

serverArgs=""
if [ "$page" != signin ]; then
    # A day of past traffic, so the supervisor's pages have figures to show.
    history=0
    [ "$page" = overview ] || [ "$page" = analytics ] && history=1
    "$server" --demo --history-days "$history" --simulate 60 --seed 7 --listen 127.0.0.1:0 --data-dir "$scratch/server" \
        >"$scratch/server.out" 2>"$scratch/server.log" &
    pids="$pids $!"
    for _ in $(seq 100); do grep -q "listening on" "$scratch/server.out" 2>/dev/null && break; sleep 0.1; done
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$scratch/server.out" | head -n 1)
    if [ -z "$url" ]; then
        echo "run-atspi: the server did not start:" >&2; cat "$scratch/server.log" >&2; exit 1
    fi
    serverArgs="--demo --server $url $windowArgs"
    # The admins' pages: signed in as the demo admin.
    [ "$page" = users ] || [ "$page" = audit ] && serverArgs="$serverArgs --user admin"
fi

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
dbus-run-session -- sh -c '
    echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    bus=$!
    "$1" $2 --lang "$3" --data-dir "$4/console" >"$4/console.log" 2>&1 &
    app=$!
    /usr/bin/python3 "$5/atspi_check.py" "$6" "$3"
    status=$?
    kill $app $bus 2>/dev/null
    wait $app 2>/dev/null
    if [ $status -ne 0 ]; then echo "--- console log"; tail -n 30 "$4/console.log"; fi
    exit $status' sh "$console" "$serverArgs" "$lang" "$scratch" "$here" "$page"
exit $?
