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
log="$HOME/ctest.log"
set +e
ctest --test-dir "$build_dir" --output-on-failure --timeout 300 "$@" | tee "$log"
status=${PIPESTATUS[0]}
set -e
# ctest shows only failing output: print the benchmark tables (figures and their ratios to the
# baselines of the same run), then ctest's verdict once more. A bench writes its table, title
# included, as tests/bench/<name>.txt or tests/bench/*.table.txt.
printed=0
for figures in "$build_dir"/tests/bench/bench_{startup,accounts,fullrun}.txt "$build_dir"/tests/bench/*.table.txt; do
    if [ -f "$figures" ]; then
        [ "$printed" = 1 ] || { echo; echo "Benchmark figures (tests/bench):"; printed=1; }
        echo
        cat "$figures"
    fi
done
if [ "$printed" = 1 ]; then
    echo
    grep -E '^[0-9]+% tests passed' "$log" | tail -n 1
fi
exit "$status"
