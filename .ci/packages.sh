#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages that building, running and testing Pilothouse need.
# Skips apt entirely when everything is present already. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config file git curl ca-certificates clang-format
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libqt6sql6-sqlite libsqlite3-dev libqt6svg6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel qml6-module-qttest qml6-module-qtcharts qml6-module-qtwebsockets
  qtkeychain-qt6-dev nlohmann-json3-dev libcurl4-openssl-dev libspdlog-dev libqrencode-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools openssl libssl-dev
  at-spi2-core python3-pyatspi
  dpkg-dev desktop-file-utils appstream systemd
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "packages: all ${#PACKAGES[@]} present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "packages: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
fi
echo "packages: installing ${#missing[@]} missing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
