# Runs inside dbus-run-session (see test.sh): a fresh HOME, an unlocked keyring, then ctest.
set -euo pipefail
build_dir="$1"
shift
HOME="$(mktemp -d)"
export HOME
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password creates and unlocks the login keyring for this session only (an empty one
# creates no login keyring at all, and every write then waits for a prompt that cannot show).
eval "$(printf 'passerelle-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
trap 'rm -rf "$HOME"' EXIT
ctest --test-dir "$build_dir" --output-on-failure --timeout 300 "$@"
