#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring, so the
# keychain test talks to the real Secret Service without touching the user's own keyring
# (recipe: docs/conventions.md#tests-and-headless-runs). A missing tool is a failure, never a skip.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-in-private-keyring: '$tool' not found. Install the packages dbus and gnome-keyring;" \
             "the keychain test needs the real Secret Service and does not skip." >&2
        exit 1
    fi
done

unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pilothouse-keyring.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
HOME=$scratch
XDG_RUNTIME_DIR=$scratch/run
export HOME XDG_RUNTIME_DIR
mkdir -m 700 "$XDG_RUNTIME_DIR" || exit 1

# The password must be newline-terminated: empty input makes the daemon try a GUI prompt.
dbus-run-session -- sh -c '
    if ! echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "run-in-private-keyring: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    exec "$@"' sh "$@"
exit $?
