#!/usr/bin/env bash
# Runs the outside sample corpus with its mail delivered into a private Dovecot instead of a folder: every file of
# <corpus>/mail is saved into the INBOX of a test user (doveadm save, as a delivery agent does), the corpus's "mail"
# channel becomes an Imap channel named "mail" on that server, the worker runs `sync --once` on the seed workbook
# and the corpus's check.py judges the result; a second run must take nothing in, and every message must carry
# the $SheetLeads keyword and still be unread. Needs root (Dovecot runs as root with its own config) and
# dovecot-imapd (apt). Usage: scripts/check-samples-imap.sh [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found; nothing to check."; exit 0; }
command -v dovecot >/dev/null || { apt-get install -y -qq dovecot-imapd >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq dovecot-imapd >/dev/null; }; }
py=/usr/bin/python3
"$py" -c 'import openpyxl' 2>/dev/null || apt-get install -y -qq python3-openpyxl >/dev/null

app=$(mktemp -d)
"$root/scripts/publish.sh" "$app" >/dev/null

server=$(mktemp -d) && chmod 755 "$server"
mkdir -p "$server"/{run,state,mail,home/test}
port=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "test:{PLAIN}secret:5000:5000::$server/home/test" >"$server/users"
cat >"$server/dovecot.conf" <<CONF
base_dir = $server/run
state_dir = $server/state
log_path = $server/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$server/mail/%n
passdb {
  driver = passwd-file
  args = username_format=%n $server/users
}
userdb {
  driver = passwd-file
  args = username_format=%n $server/users
}
service imap-login {
  inet_listener imap {
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
chown -R 5000:5000 "$server/mail" "$server/home"
dovecot -c "$server/dovecot.conf"
trap 'doveadm -c "$server/dovecot.conf" stop >/dev/null 2>&1 || true' EXIT
count=0
for message in "$corpus"/mail/*; do
  doveadm -c "$server/dovecot.conf" save -u test -m INBOX <"$message"
  count=$((count + 1))
done
echo "delivered $count messages into INBOX of a private Dovecot on 127.0.0.1:$port"

work=$(mktemp -d)
cp -r "$corpus/." "$work"
cd "$work"
mkdir -p out && cp seed/leads.xlsx out/leads.xlsx
export SheetLeads__Channels__0__Kind=Imap SheetLeads__Channels__0__Path= SheetLeads__Channels__0__Host=127.0.0.1 \
  SheetLeads__Channels__0__Port="$port" SheetLeads__Channels__0__Security=None SheetLeads__Channels__0__Username=test \
  SheetLeads__Channels__0__Password=secret
dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync1.out 2>sync1.log || true
first=$(tail -n 1 sync1.out)
dotnet "$app/SheetLeads.dll" sync --once --config appsettings.json >sync2.out 2>sync2.log || true
second=$(tail -n 1 sync2.out)
echo "first run:  $first"
echo "second run: $second"
status=0
"$py" check.py . out/leads.xlsx --summary-line "$first" >check.out || status=1
grep -v '^PASS' check.out || true
case "$second" in "sync ok: taken=0 "*) ;; *) echo "FAIL second run: expected taken=0, got: $second"; status=1 ;; esac
marked=$(doveadm -c "$server/dovecot.conf" search -u test mailbox INBOX KEYWORD '$SheetLeads' | wc -l)
unread=$(doveadm -c "$server/dovecot.conf" search -u test mailbox INBOX UNSEEN | wc -l)
echo "mailbox: $marked of $count marked \$SheetLeads, $unread of $count unread"
[ "$marked" -eq "$count" ] || { echo "FAIL not every message carries the keyword"; status=1; }
[ "$unread" -eq "$count" ] || { echo "FAIL a message was marked read"; status=1; }
echo "(work folder: $work)"
tail -n 1 check.out
exit $status
