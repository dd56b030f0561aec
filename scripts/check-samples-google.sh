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
py=$(command -v python3 || true)
[ -n "$py" ] || { apt-get install -y -qq python3 >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq python3 >/dev/null; }; py=/usr/bin/python3; }

tmp=$(mktemp -d)
app=$tmp/app
emulator=$tmp/emulator
work=$tmp/work
emulator_pid=""
stop_emulator() {
  if [ -n "$emulator_pid" ]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    emulator_pid=""
  fi
}
trap stop_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run_logged() { # run_logged LOG command...: quiet unless it fails, then shows its output
  local log=$1
  shift
  "$@" >"$log" 2>&1 || { echo "FAIL $*:"; tail -n 40 "$log"; exit 1; }
}
run_logged "$tmp/publish.log" "$root/scripts/publish.sh" "$app"
run_logged "$tmp/emulator-build.log" dotnet publish "$root/tests/SheetLeads.SheetsEmulator/SheetLeads.SheetsEmulator.csproj" \
  -c Release -o "$emulator" -nologo -v quiet /p:UseAppHost=false

# --port 0: the emulator binds a free port itself (no window for another process to take it) and prints it in its
# first line, which it writes only once the key file is written and the seed typed in.
dotnet "$emulator/SheetLeads.SheetsEmulator.dll" --port 0 --spreadsheet samples --key-out "$tmp/sa.json" \
  --tabs Leads,Summary --seed "$corpus/seed/leads.json" >"$tmp/emulator.out" 2>"$tmp/emulator.log" &
emulator_pid=$!
base=""
for _ in $(seq 1 600); do
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    emulator_pid=""
    echo "FAIL the Sheets emulator stopped:"; cat "$tmp/emulator.out" "$tmp/emulator.log"; exit 1
  fi
  base=$(sed -n 's#^Sheets emulator: \(http://127\.0\.0\.1:[0-9]*/\)$#\1#p' "$tmp/emulator.out")
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "FAIL the Sheets emulator did not start within 60 s:"; cat "$tmp/emulator.out" "$tmp/emulator.log"; exit 1; }
state_url="${base}_fake/state?spreadsheetId=samples"
leads_state() { # the Leads tab's values and formulas as the emulator's test hook shows them
  "$py" - "$state_url" <<'EOF'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=30) as resp:
    state = json.load(resp)
sheets = state["spreadsheets"]["samples"]["sheets"]
leads = next(s for s in sheets if s["properties"]["title"] == "Leads")
print(json.dumps({"values": leads["values"], "formulas": leads["formulas"]}, ensure_ascii=False))
EOF
}
leads_state >"$tmp/seeded.json" || { echo "FAIL the Sheets emulator does not answer $state_url"; exit 1; }
sed -n 's/^Seeded: *//p' "$tmp/emulator.out"

mkdir -p "$work"
cp -r "$corpus/." "$work"
cd "$work"
mkdir -p out
sync_google() { # sync_google N: one `sync --once` on the emulator; stdout in syncN.out, the log in syncN.log
  env SheetLeads__Sheet__Backend=Google \
    SheetLeads__Sheet__Google__SpreadsheetId=samples \
    SheetLeads__Sheet__Google__CredentialsFile="$tmp/sa.json" \
    SheetLeads__Sheet__Google__BaseUri="$base" \
    dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >"sync$1.out" 2>"sync$1.log"
}

status=0
sync_google 1 || { echo "FAIL first run exited with status $? (log: $work/sync1.log)"; status=1; }
first=$(tail -n 1 sync1.out)
"$py" check.py . "sheetsfake:${base}#samples" --summary-line "$first" >check.out 2>&1 || status=1
leads_state >before.json || status=1

sync_google 2 || { echo "FAIL second run exited with status $? (log: $work/sync2.log)"; status=1; }
second=$(tail -n 1 sync2.out)
leads_state >after.json || status=1

echo "first run:  $first"
echo "second run: $second"
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
cmp -s before.json after.json || { echo "FAIL second run changed the Leads tab (before.json, after.json)"; status=1; }
echo "(work folder: $work; emulator: $base, output in $tmp/emulator.out)"
tail -n 1 check.out
exit $status
