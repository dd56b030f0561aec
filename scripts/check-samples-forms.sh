#!/usr/bin/env bash
# Runs the outside sample corpus with its form channels polled over HTTP instead of read from folders: a local web
# server (python3 -m http.server on 127.0.0.1) serves <corpus>/forms — each preset's recorded API page at its own
# address, and the seven generic submissions as one JSON list — and the corpus's site/typeform/tally/jotform/formspree
# channels become Kind Form channels on it (same names, Sources and Presets), while mail stays a folder. The worker
# runs `sync --once` on the seed workbook (or, with --google, on the Sheets emulator seeded with the corpus's
# seed/leads.json), the corpus's check.py judges the result, and a second run must take nothing in.
# Usage: scripts/check-samples-forms.sh [--google] [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
google=false
[ "${1:-}" = "--google" ] && { google=true; shift; }
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found; nothing to check."; exit 0; }
. "$root/scripts/lib/openpyxl.sh"

. "$root/scripts/lib/sheets-emulator.sh"

tmp=$(mktemp -d)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; stop_sheets_emulator' EXIT
run_quietly "$tmp/publish.log" "$root/scripts/publish.sh" "$tmp/app"
sheet_env=""
result=out/leads.xlsx
if $google; then
  start_sheets_emulator "$tmp" "$corpus/seed/leads.json"
  sheet_env=$(google_env)
  result="sheetsfake:${emulator_base}#samples"
fi

work=$tmp/work
mkdir -p "$work" "$tmp/www"
cp -r "$corpus/." "$work"
cp -r "$corpus/forms/." "$tmp/www"
"$py" - "$corpus/forms/site" "$tmp/www/site.json" <<'PY'
import json, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).glob("*.json"))
json.dump([json.loads(f.read_text(encoding="utf-8")) for f in files], open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$py" -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/www" >"$tmp/www.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do "$py" -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"
echo "serving $corpus/forms at $base"

cd "$work"
"$py" - appsettings.json "$base" <<'PY'
import json, sys
path, base = sys.argv[1], sys.argv[2]
config = json.load(open(path, encoding="utf-8"))
pages = {"site": "site.json", "typeform": "typeform/responses-page-1.json", "tally": "tally/submissions-page-1.json",
         "jotform": "jotform/submissions-page-1.json", "formspree": "formspree/submissions-page-1.json"}
for channel in config["SheetLeads"]["Channels"]:
    if channel["Name"] in pages:
        channel["Kind"] = "Form"
        channel["Url"] = f"{base}/{pages[channel['Name']]}"
        channel["Token"] = "sample-corpus-key"
        channel.pop("Path", None)
json.dump(config, open(path, "w", encoding="utf-8"), indent=2)
PY
mkdir -p out
$google || cp seed/leads.xlsx out/leads.xlsx
env $sheet_env dotnet "$tmp/app/SheetLeads.dll" sync --once --config appsettings.json >sync1.out 2>sync1.log || true
first=$(tail -n 1 sync1.out)
env $sheet_env dotnet "$tmp/app/SheetLeads.dll" sync --once --config appsettings.json >sync2.out 2>sync2.log || true
second=$(tail -n 1 sync2.out)
echo "first run:  $first"
echo "second run: $second"
requests=$(grep -c '"GET ' "$tmp/www.log" || true)
echo "form pages requested over HTTP: $requests"
status=0
"$py" check.py . "$result" --summary-line "$first" >check.out || status=1
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
[ "$requests" -ge 10 ] || { echo "FAIL expected every form page to be requested over HTTP in both runs"; status=1; }
echo "(work folder: $work)"
tail -n 1 check.out
exit $status
