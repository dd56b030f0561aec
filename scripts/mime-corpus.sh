#!/usr/bin/env bash
# Reads the outside MIME robustness corpus (400 real-world messages) through a MailFolder channel into a fresh
# workbook and checks every file is accounted for: taken = number of .eml files and
# created + merged + duplicate + skipped = taken; then a second run must take nothing in. With --imap the messages
# are delivered into a private Dovecot (scripts/lib/private-dovecot.sh; needs root) and read by an Imap channel.
# Usage: scripts/mime-corpus.sh [--imap] [corpus-dir] (default ../shared/mime-corpus). Nothing of the corpus is committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
imap=false
[ "${1:-}" = "--imap" ] && { imap=true; shift; }
corpus=$(cd "${1:-$root/../shared/mime-corpus}" 2>/dev/null && pwd) || { echo "No MIME corpus found; nothing to check."; exit 0; }

app=$(mktemp -d)
"$root/scripts/publish.sh" "$app" >/dev/null
work=$(mktemp -d)
mkdir -p "$work/mail" && cp -r "$corpus/." "$work/mail"
files=$(find "$work/mail" -type f -name '*.eml' | wc -l)
cat >"$work/appsettings.json" <<JSON
{ "SheetLeads": {
    "Business": { "TimeZone": "Europe/London", "DefaultRegion": "GB", "OwnDomains": ["brightpath.co.uk"] },
    "Team": { "Members": [ { "Name": "Alice Hart" }, { "Name": "Bob Singh" } ] },
    "Sheet": { "Backend": "Workbook", "Workbook": { "Path": "out/leads.xlsx" } },
    "Channels": [ { "Name": "corpus", "Kind": "MailFolder", "Source": "Email", "Path": "mail" } ],
    "State": { "Path": "out/state.db" } } }
JSON
channel_env=""
if $imap; then
  . "$root/scripts/lib/private-dovecot.sh"
  trap stop_private_dovecot EXIT
  start_private_dovecot
  mapfile -t messages < <(find "$work/mail" -type f -name '*.eml' | sort)
  deliver_mail "${messages[@]}"
  channel_env=$(imap_channel_env 0)
  echo "delivered $delivered messages into INBOX of a private Dovecot on 127.0.0.1:$dovecot_port"
fi
cd "$work"
start=$(date +%s.%N)
env $channel_env dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync1.out 2>sync1.log || true
end=$(date +%s.%N)
env $channel_env dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync2.out 2>sync2.log || true
first=$(tail -n 1 sync1.out)
second=$(tail -n 1 sync2.out)
echo "files:      $files"
echo "first run:  $first"
echo "second run: $second"
awk -v a="$start" -v b="$end" 'BEGIN { printf "time:       %.1f s\n", b - a }'
n() { echo "$1" | grep -o "[( ]$2=[0-9]*" | head -n 1 | cut -d= -f2; }
taken=$(n "$first" taken); sum=$(( $(n "$first" created) + $(n "$first" merged) + $(n "$first" duplicate) + $(n "$first" skipped) ))
status=0
[ "$taken" = "$files" ] || { echo "FAIL taken=$taken but there are $files files"; status=1; }
[ "$sum" = "$taken" ] || { echo "FAIL created+merged+duplicate+skipped=$sum but taken=$taken"; status=1; }
case "$first" in "sync ok:"*) ;; *) echo "FAIL first run did not succeed"; status=1 ;; esac
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run took something in"; status=1 ;; esac
[ $status = 0 ] && echo "mime-corpus ok: every file is a lead or a recorded skip" || echo "(work folder: $work)"
exit $status
