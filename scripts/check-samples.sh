#!/usr/bin/env bash
# Runs the worker against the outside sample corpus exactly as its README says (seed workbook in place, then
# `sync --once --config appsettings.json`), checks the result with the corpus's own check.py, then runs a second
# time and checks that it changes nothing. Usage: scripts/check-samples.sh [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found; nothing to check."; exit 0; }

. "$root/scripts/lib/openpyxl.sh"

app=$(mktemp -d)
"$root/scripts/publish.sh" "$app" >/dev/null
work=$(mktemp -d)
cp -r "$corpus/." "$work"
cd "$work"
mkdir -p out && cp seed/leads.xlsx out/leads.xlsx

dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync1.out 2>sync1.log || true
first=$(tail -n 1 sync1.out)
before=$(sha256sum out/leads.xlsx | cut -d' ' -f1)
dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync2.out 2>sync2.log || true
second=$(tail -n 1 sync2.out)
after=$(sha256sum out/leads.xlsx | cut -d' ' -f1)

echo "first run:  $first"
echo "second run: $second"
status=0
"$py" check.py . out/leads.xlsx --summary-line "$first" >check.out || status=1
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
[ "$before" = "$after" ] || { echo "FAIL second run changed out/leads.xlsx"; status=1; }
echo "(work folder: $work)"
tail -n 1 check.out
exit $status
