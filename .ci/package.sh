#!/usr/bin/env bash
# The Linux packages as a user meets them: builds the two DEBs from the ci build (CPack), installs
# them with apt, runs both programs from their installed paths, validates the desktop entry, the
# AppStream metainfo and the systemd unit, checks the icons, then purges both and checks that
# nothing they installed is left. Changes the machine: CI runs it (.ci/run), not the README's
# test command. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
fail() { echo "package: $*" >&2; exit 1; }

rm -rf build/packages && mkdir -p build/packages
(cd build/packages && cpack --config ../ci/CPackConfig.cmake -G DEB >/dev/null)
console=$(ls build/packages/pilothouse_*.deb) || fail "no console package built"
server=$(ls build/packages/pilothouse-server_*.deb) || fail "no server package built"
echo "package: built $(basename "$console") and $(basename "$server")"

DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "./$console" "./$server" >/dev/null
files=$(dpkg -L pilothouse pilothouse-server | sort -u)

/usr/bin/pilothouse --version | grep -q "^pilothouse " || fail "pilothouse --version from /usr/bin failed"
/usr/bin/pilothouse-server --version | grep -q "^pilothouse-server " || fail "pilothouse-server --version failed"
desktop-file-validate /usr/share/applications/pilothouse.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.pilothouse.Pilothouse.metainfo.xml >/dev/null
systemd-analyze verify /usr/lib/systemd/system/pilothouse-server.service
for size in 16 24 32 48 64 128 256 512; do
    [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/pilothouse.png" ] || fail "no ${size}px icon"
done
[ -s /usr/share/icons/hicolor/scalable/apps/pilothouse.svg ] || fail "no scalable icon"
echo "package: installed, both programs run, desktop entry, metainfo and unit valid, icons present"

DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -qq pilothouse pilothouse-server >/dev/null
left=""
while IFS= read -r path; do
    # Folders the packages share with the system (/usr/bin, /usr/share/icons/...) stay.
    if [ -e "$path" ] && [ ! -d "$path" ]; then left="$left $path"; fi
done <<<"$files"
[ -z "$left" ] || fail "left behind after purge:$left"
echo "package: purged, nothing left behind"
