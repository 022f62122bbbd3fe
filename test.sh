#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest, headless. The keychain tests
# need a secret service: everything runs inside a private D-Bus session with an unlocked
# gnome-keyring and a fresh HOME, so the user's own keyring is never touched.
set -euo pipefail
PASSERELLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$PASSERELLE_ROOT/.ci/setup.sh"

export QT_QPA_PLATFORM=offscreen
passerelle_install_missing
passerelle_build "$PASSERELLE_ROOT/build"

exec dbus-run-session -- bash "$PASSERELLE_ROOT/.ci/ctest-in-session.sh" "$PASSERELLE_ROOT/build" "$@"
