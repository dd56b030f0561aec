#!/usr/bin/env bash
# Runs the worker against the outside sample corpus with the Google Sheets back end, talking to the Sheets emulator
# (tests/SheetLeads.SheetsEmulator) instead of Google: the emulator starts standalone on a free port with the corpus's
# seed/leads.json typed into its Leads tab, the worker runs `sync --once --config appsettings.json` in a copy of the
# corpus with the Google settings given as environment variables, the corpus's own check.py reads the result through
# the emulator's test hook (sheetsfake:<base-url>#samples → GET /_fake/state), then a second run must take nothing and
# leave the Leads tab as it was. Usage: scripts/check-samples-google.sh [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found; nothing to check."; exit 0; }
[ -f "$corpus/seed/leads.json" ] && [ -f "$corpus/check.py" ] || { echo "FAIL $corpus has no seed/leads.json or check.py"; exit 1; }
# check.py reads a sheetsfake: result with the standard library only (openpyxl is for .xlsx results).
command -v python3 >/dev/null || { apt-get install -y -qq python3 >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq python3 >/dev/null; }; }
. "$root/scripts/lib/sheets-emulator.sh"

tmp=$(mktemp -d)
work=$tmp/work
trap stop_sheets_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
run_quietly "$tmp/publish.log" "$root/scripts/publish.sh" "$tmp/app"
start_sheets_emulator "$tmp" "$corpus/seed/leads.json"
leads_state >"$tmp/seeded.json" || { echo "FAIL the Sheets emulator does not answer at $emulator_base"; exit 1; }

mkdir -p "$work"
cp -r "$corpus/." "$work"
cd "$work"
mkdir -p out
sync_google() { # sync_google N: one `sync --once` on the emulator; stdout in syncN.out, the log in syncN.log
  env $(google_env) dotnet "$tmp/app/SheetLeads.dll" sync --once --config appsettings.json >"sync$1.out" 2>"sync$1.log"
}

status=0
sync_google 1 || { echo "FAIL first run exited with status $? (log: $work/sync1.log)"; status=1; }
first=$(tail -n 1 sync1.out)
python3 check.py . "sheetsfake:${emulator_base}#samples" --summary-line "$first" >check.out 2>&1 || status=1
leads_state >before.json || status=1

sync_google 2 || { echo "FAIL second run exited with status $? (log: $work/sync2.log)"; status=1; }
second=$(tail -n 1 sync2.out)
leads_state >after.json || status=1

echo "first run:  $first"
echo "second run: $second"
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
cmp -s before.json after.json || { echo "FAIL second run changed the Leads tab (before.json, after.json)"; status=1; }
echo "(work folder: $work; emulator: $emulator_base, output in $tmp/emulator.out)"
tail -n 1 check.out
exit $status
