# Sourced by the sample scripts: a private Dovecot on 127.0.0.1 with its own config in a temp folder, a test user
# "test" (password "secret") and a Maildir; never touches /etc/dovecot. Needs root and dovecot-imapd (installed here
# from apt when missing). After start_private_dovecot: $dovecot_port, $dovecot_conf; stopped when the script exits.

start_private_dovecot() {
  command -v dovecot >/dev/null || { apt-get install -y -qq dovecot-imapd >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq dovecot-imapd >/dev/null; }; }
  local server
  server=$(mktemp -d) && chmod 755 "$server"
  mkdir -p "$server"/{run,state,mail,home/test}
  dovecot_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  dovecot_conf=$server/dovecot.conf
  echo "test:{PLAIN}secret:5000:5000::$server/home/test" >"$server/users"
  cat >"$dovecot_conf" <<CONF
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
    port = $dovecot_port
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
  chown -R 5000:5000 "$server/mail" "$server/home"
  dovecot -c "$dovecot_conf"
}

stop_private_dovecot() {
  [ -z "${dovecot_conf:-}" ] || doveadm -c "$dovecot_conf" stop >/dev/null 2>&1 || true
}

# deliver_mail FILE...: saves each file into the test user's INBOX, as a delivery agent does; sets $delivered.
deliver_mail() {
  delivered=0
  for message in "$@"; do
    doveadm -c "$dovecot_conf" save -u test -m INBOX <"$message"
    delivered=$((delivered + 1))
  done
}

# imap_channel_env N: the environment that makes channel N an Imap channel on this server.
imap_channel_env() {
  echo "SheetLeads__Channels__$1__Kind=Imap SheetLeads__Channels__$1__Path= SheetLeads__Channels__$1__Host=127.0.0.1" \
    "SheetLeads__Channels__$1__Port=$dovecot_port SheetLeads__Channels__$1__Security=None" \
    "SheetLeads__Channels__$1__Username=test SheetLeads__Channels__$1__Password=secret"
}

# inbox_count SEARCH...: how many INBOX messages match a doveadm search query.
inbox_count() {
  doveadm -c "$dovecot_conf" search -u test mailbox INBOX "$@" | wc -l
}
