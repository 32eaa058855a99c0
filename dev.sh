#!/usr/bin/env bash
# Set up and run Ponder from this checkout on Debian/Ubuntu.
#   ./dev.sh run [ponder arguments]   install what is missing, then start Ponder
#   ./dev.sh test [pytest arguments]  install what is missing, then lint, type-check and test
#   ./dev.sh test --latest [...]      the same against the newest releases pyproject.toml allows
#   ./dev.sh lock                     re-resolve requirements/*.txt (with hashes) from pyproject.toml
#
# Python packages come from the committed lock (requirements/app.txt for running, test.txt for
# testing), installed with --require-hashes by the pip that the venv already has. A stamp in
# .venv/ records what was installed, so a second start does no pip work at all.
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

# install_python VENV LOCK: the lock's exact files (hash-checked, no resolver), then Ponder itself
# in editable mode. Skipped when the stamp says this lock and pyproject.toml are what is installed.
install_python() {
    local venv=$1 lock=$2
    local stamp="$venv/.ponder-installed-$(basename "$lock" .txt)"
    local want
    want=$(cat "$lock" pyproject.toml | sha256sum | cut -d' ' -f1)
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/ponder" ]; then
        return 0
    fi
    echo "Installing Python packages from $lock into $venv/"
    PIP_CONSTRAINT="" "$venv/bin/python" -m pip install -q --disable-pip-version-check \
        --require-hashes --no-deps -r "$lock"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
        --no-build-isolation -e . >"$venv/.editable-install.log" 2>&1 \
        || { cat "$venv/.editable-install.log" >&2; exit 1; }
    echo "$want" >"$stamp"
    # The test lock holds the app lock's exact versions (it is its constraint): a venv set up
    # for testing is also set up for running.
    if [ "$lock" = requirements/test.txt ]; then
        cat requirements/app.txt pyproject.toml | sha256sum | cut -d' ' -f1 \
            >"$venv/.ponder-installed-app"
    fi
}

# The newest releases inside pyproject.toml's ranges, in a venv of their own: how we learn about
# the next watchdog before users do.
install_latest() {
    local venv=.venv-latest
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q --upgrade --upgrade-strategy eager -e ".[test]"
    "$venv/bin/python" -m pip list --format=freeze >"$venv/versions.txt"
    echo "Testing against the newest releases (listed in $venv/versions.txt)"
}

run_checks() {
    local venv=$1
    shift
    "$venv/bin/ruff" check app tests
    "$venv/bin/ruff" format --check app tests
    "$venv/bin/mypy"
    exec tests/peers/keyring_session.sh "$venv/bin/python" -m pytest "$@"
}

case "${1:-}" in
    run)
        shift
        install_system "${SYSTEM_PACKAGES[@]}" "${GUI_PACKAGES[@]}"
        install_python .venv requirements/app.txt
        exec .venv/bin/ponder "$@"
        ;;
    test)
        shift
        install_system "${SYSTEM_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        if [ "${1:-}" = "--latest" ]; then
            shift
            install_latest
            run_checks .venv-latest "$@"
        fi
        install_python .venv requirements/test.txt
        run_checks .venv "$@"
        ;;
    lock)
        shift
        [ -x .venv/bin/python ] || python3 -m venv .venv
        [ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q uv
        common=(--universal --python-version 3.11 --generate-hashes --quiet "$@")
        .venv/bin/uv pip compile "${common[@]}" pyproject.toml requirements/build.in \
            --extra test -o requirements/test.txt
        .venv/bin/uv pip compile "${common[@]}" pyproject.toml requirements/build.in \
            -c requirements/test.txt -o requirements/app.txt
        echo "Locked: requirements/app.txt, requirements/test.txt"
        ;;
    *)
        echo "usage: ./dev.sh run [ponder arguments] | ./dev.sh test [--latest] [pytest arguments]" >&2
        echo "       ./dev.sh lock [uv pip compile options, e.g. --upgrade-package watchdog]" >&2
        exit 2
        ;;
esac
