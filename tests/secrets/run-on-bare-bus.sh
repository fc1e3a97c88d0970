#!/bin/sh
# Runs a command on a private D-Bus session bus that can start no service (no service
# directories): no Secret Service exists unless the test puts one there. HOME and
# XDG_RUNTIME_DIR are throwaway, so nothing of the user's own keyring is reachable.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "run-on-bare-bus: 'dbus-run-session' not found. Install the package dbus." >&2
    exit 1
fi

unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pilothouse-barebus.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
HOME=$scratch
XDG_RUNTIME_DIR=$scratch/run
export HOME XDG_RUNTIME_DIR
mkdir -m 700 "$XDG_RUNTIME_DIR" || exit 1

cat >"$scratch/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

dbus-run-session --config-file="$scratch/session.conf" -- "$@"
exit $?
