#!/usr/bin/env bash
# Runs the outside sample corpus with its mail delivered into a private Dovecot instead of a folder: every file of
# <corpus>/mail is saved into the INBOX of a test user (doveadm save, as a delivery agent does), the corpus's "mail"
# channel becomes an Imap channel named "mail" on that server, the worker runs `sync --once` on the seed workbook
# (or, with --google, on the Sheets emulator seeded with the corpus's seed/leads.json) and the corpus's check.py
# judges the result; a second run must take nothing in, and every message must carry the $SheetLeads keyword and
# still be unread. Needs root (Dovecot runs as root with its own config) and dovecot-imapd (apt).
# Usage: scripts/check-samples-imap.sh [--google] [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
google=false
[ "${1:-}" = "--google" ] && { google=true; shift; }
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found; nothing to check."; exit 0; }
. "$root/scripts/lib/openpyxl.sh"
. "$root/scripts/lib/private-dovecot.sh"
. "$root/scripts/lib/sheets-emulator.sh"

tmp=$(mktemp -d)
trap 'stop_private_dovecot; stop_sheets_emulator' EXIT
run_quietly "$tmp/publish.log" "$root/scripts/publish.sh" "$tmp/app"
start_private_dovecot
deliver_mail "$corpus"/mail/*
count=$delivered
echo "delivered $count messages into INBOX of a private Dovecot on 127.0.0.1:$dovecot_port"
sheet_env=""
result=out/leads.xlsx
if $google; then
  start_sheets_emulator "$tmp" "$corpus/seed/leads.json"
  sheet_env=$(google_env)
  result="sheetsfake:${emulator_base}#samples"
fi

work=$tmp/work
mkdir -p "$work"
cp -r "$corpus/." "$work"
cd "$work"
mkdir -p out
$google || cp seed/leads.xlsx out/leads.xlsx
run_sync() { # run_sync N: one `sync --once`; stdout in syncN.out, the log in syncN.log
  env $(imap_channel_env 0) $sheet_env dotnet "$tmp/app/SheetLeads.dll" sync --once --config appsettings.json >"sync$1.out" 2>"sync$1.log" || true
}
run_sync 1
first=$(tail -n 1 sync1.out)
run_sync 2
second=$(tail -n 1 sync2.out)
echo "first run:  $first"
echo "second run: $second"
status=0
"$py" check.py . "$result" --summary-line "$first" >check.out || status=1
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
marked=$(inbox_count KEYWORD '$SheetLeads')
unread=$(inbox_count UNSEEN)
echo "mailbox: $marked of $count marked \$SheetLeads, $unread of $count unread"
[ "$marked" -eq "$count" ] || { echo "FAIL not every message carries the keyword"; status=1; }
[ "$unread" -eq "$count" ] || { echo "FAIL a message was marked read"; status=1; }
echo "(work folder: $work)"
tail -n 1 check.out
exit $status
