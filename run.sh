#!/usr/bin/env bash
# Installs what is missing, builds, and starts Passerelle in offline dry-run mode.
# Extra arguments pass through to the program: ./run.sh --lang fr
set -euo pipefail
PASSERELLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$PASSERELLE_ROOT/.ci/setup.sh"

passerelle_install_missing
passerelle_build "$PASSERELLE_ROOT/build"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: run ./run.sh from a desktop session (or set QT_QPA_PLATFORM=offscreen)." >&2
    exit 1
fi
exec "$PASSERELLE_ROOT/build/app/passerelle" --dry-run "$@"
