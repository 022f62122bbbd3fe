#!/usr/bin/env bash
# Runs `passerelle --dry-run --tour DIR` with a fake desktop on a private session bus of its own
# (dbus-run-session), and checks that the tour sent notifications, took the sleep inhibition, and
# gave every inhibition back.
# Usage: check-tour-desktop.sh PASSERELLE FAKE_DESKTOP TOUR_DIR
set -euo pipefail
if [ -z "${PASSERELLE_TOUR_IN_SESSION:-}" ]; then
    exec env PASSERELLE_TOUR_IN_SESSION=1 dbus-run-session -- bash "$0" "$@"
fi
passerelle="$1" fake_desktop="$2" tour_dir="$3"
log="$tour_dir.desktop.log"
rm -rf "$tour_dir"
"$fake_desktop" > "$log" &
fake_pid=$!
for _ in $(seq 100); do grep -q '^ready' "$log" && break; sleep 0.1; done
grep -q '^ready' "$log" || { echo "the fake desktop did not start"; exit 1; }
QT_QPA_PLATFORM=offscreen "$passerelle" --dry-run --tour "$tour_dir"
kill -TERM "$fake_pid"
wait "$fake_pid"
cat "$log"
summary=$(grep '^summary' "$log")
notifications=$(sed -E 's/.*notifications=([0-9]+).*/\1/' <<< "$summary")
inhibitions=$(sed -E 's/.*inhibitions=([0-9]+).*/\1/' <<< "$summary")
held=$(sed -E 's/.*held=([0-9]+).*/\1/' <<< "$summary")
[ "$notifications" -gt 0 ] || { echo "no notification during the tour"; exit 1; }
grep -q '^notify app=Passerelle summary=Rehearsal' "$log" || { echo "a rehearsal's notifications say so"; exit 1; }
[ "$inhibitions" -gt 0 ] || { echo "the tour's queues never kept the computer awake"; exit 1; }
[ "$held" -eq 0 ] || { echo "$held inhibition(s) still held after the tour"; exit 1; }
echo "tour: $notifications notifications, $inhibitions inhibitions, all released"
