#!/usr/bin/env bash
# Run a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# so keyring tests use a real, encrypted backend. Needs: gnome-keyring dbus-daemon dbus-bin.
#   tests/peers/keyring_session.sh .venv/bin/pytest -q tests/core
# The keyring gets a fresh HOME (a temp dir, removed afterwards) and a non-empty password:
# an empty one fails with "Prompt dismissed".
set -euo pipefail
if [[ "${1:-}" != "--inside" ]]; then
    exec dbus-run-session -- "$0" --inside "$@"
fi
shift
home="$(mktemp -d)"
export PONDER_REAL_HOME="$HOME" HOME="$home" XDG_DATA_HOME="$home/.local/share"
mkdir -p "$XDG_DATA_HOME"
printf 'ponder-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$home/keyring.log" 2>&1 &
daemon=$!
cleanup() { kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
export PONDER_TEST_KEYRING=gnome-keyring
HOME="$PONDER_REAL_HOME" "$@"
