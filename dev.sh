#!/usr/bin/env bash
# Set up and run Ponder from this checkout on Debian/Ubuntu.
#   ./dev.sh run [ponder arguments]   install what is missing, then start Ponder
#   ./dev.sh test [pytest arguments]  install what is missing, then lint, type-check and test
set -euo pipefail
cd "$(dirname "$0")"

# Qt's offscreen platform needs these; the rest is Python's venv.
SYSTEM_PACKAGES=(python3 python3-venv python3-pip libgl1 libegl1 libglib2.0-0 libfontconfig1
    libxkbcommon0 libdbus-1-3)
# The clip server's browser tests drive a real headless Chromium through chromedriver; the
# credential tests use a real Secret Service (GNOME Keyring on a private D-Bus session).
TEST_PACKAGES=(chromium chromium-driver gnome-keyring dbus)
GUI_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1)

install_system() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python() {
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
}

case "${1:-}" in
    run)
        shift
        install_system "${SYSTEM_PACKAGES[@]}" "${GUI_PACKAGES[@]}"
        install_python
        exec .venv/bin/ponder "$@"
        ;;
    test)
        shift
        install_system "${SYSTEM_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        install_python
        .venv/bin/ruff check app tests
        .venv/bin/ruff format --check app tests
        .venv/bin/mypy
        exec tests/peers/keyring_session.sh .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [ponder arguments] | ./dev.sh test [pytest arguments]" >&2
        exit 2
        ;;
esac
