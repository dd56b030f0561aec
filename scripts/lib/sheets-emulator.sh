# Sourced by the sample scripts: the Sheets emulator (tests/SheetLeads.SheetsEmulator) standalone on a free port in
# place of Google, with a corpus's seed/leads.json typed into its Leads tab. After start_sheets_emulator DIR SEED:
# $emulator_base (its address), $emulator_key (the service-account key file); stopped when the script exits.

start_sheets_emulator() {
  local dir=$1 seed=$2
  run_quietly "$dir/emulator-build.log" dotnet publish "$root/tests/SheetLeads.SheetsEmulator/SheetLeads.SheetsEmulator.csproj" \
    -c Release -o "$dir/emulator" -nologo -v quiet /p:UseAppHost=false
  emulator_key=$dir/sa.json
  # --port 0: the emulator binds a free port itself (no window for another process to take it) and prints it in its
  # first line, which it writes only once the key file is written and the seed typed in.
  dotnet "$dir/emulator/SheetLeads.SheetsEmulator.dll" --port 0 --spreadsheet samples --key-out "$emulator_key" \
    --tabs Leads,Summary --seed "$seed" >"$dir/emulator.out" 2>"$dir/emulator.log" &
  emulator_pid=$!
  emulator_base=""
  for _ in $(seq 1 600); do
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
      emulator_pid=""
      echo "FAIL the Sheets emulator stopped:"; cat "$dir/emulator.out" "$dir/emulator.log"; exit 1
    fi
    emulator_base=$(sed -n 's#^Sheets emulator: \(http://127\.0\.0\.1:[0-9]*/\)$#\1#p' "$dir/emulator.out")
    [ -n "$emulator_base" ] && break
    sleep 0.1
  done
  [ -n "$emulator_base" ] || { echo "FAIL the Sheets emulator did not start within 60 s:"; cat "$dir/emulator.out" "$dir/emulator.log"; exit 1; }
  sed -n 's/^Seeded: *//p' "$dir/emulator.out"
}

stop_sheets_emulator() {
  if [ -n "${emulator_pid:-}" ]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    emulator_pid=""
  fi
}

# The environment that puts the worker's sheet on the emulator's spreadsheet.
google_env() {
  echo "SheetLeads__Sheet__Backend=Google SheetLeads__Sheet__Google__SpreadsheetId=samples" \
    "SheetLeads__Sheet__Google__CredentialsFile=$emulator_key SheetLeads__Sheet__Google__BaseUri=$emulator_base"
}

# The Leads tab's values and formulas as the emulator's test hook shows them (GET /_fake/state).
leads_state() {
  python3 - "${emulator_base}_fake/state?spreadsheetId=samples" <<'PY'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=30) as resp:
    state = json.load(resp)
sheets = state["spreadsheets"]["samples"]["sheets"]
leads = next(s for s in sheets if s["properties"]["title"] == "Leads")
print(json.dumps({"values": leads["values"], "formulas": leads["formulas"]}, ensure_ascii=False))
PY
}

# run_quietly LOG command...: quiet unless it fails, then shows its output.
run_quietly() {
  local log=$1
  shift
  "$@" >"$log" 2>&1 || { echo "FAIL $*:"; tail -n 40 "$log"; exit 1; }
}
