#!/usr/bin/env bash
# The README's test command: installs what the tests need, then builds and runs every test.
# Usage: scripts/test.sh            (from anywhere; needs the .NET 10 SDK)
set -euo pipefail
cd "$(dirname "$0")/.."

# Besides the .NET SDK the tests need a real IMAP server: Dovecot from apt. Each test run starts its own private
# instance on 127.0.0.1 with a config in a temp folder (the system's Dovecot, if any, is neither used nor touched).

dotnet --info >/dev/null 2>&1 || { echo "The .NET 10 SDK is needed: https://dot.net" >&2; exit 1; }
if ! command -v dovecot >/dev/null || ! command -v doveadm >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing dovecot-imapd (apt) for the mailbox tests..."
  $sudo apt-get install -y -qq dovecot-imapd >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq dovecot-imapd >/dev/null; }
fi
# ...and a real SMTP server for the notification tests: MailDev from npm (Node.js from apt when missing), installed
# once under ~/.cache/sheetleads (or $SHEETLEADS_TOOLS); each test starts its own instance on 127.0.0.1.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing nodejs and npm (apt) for the SMTP server of the notification tests..."
  $sudo apt-get install -y -qq nodejs npm >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq nodejs npm >/dev/null; }
fi
maildev="${SHEETLEADS_TOOLS:-$HOME/.cache/sheetleads}/maildev-3.0.0"
if [ ! -f "$maildev/node_modules/maildev/dist/bin/maildev.js" ]; then
  echo "Installing maildev 3.0.0 (npm) into $maildev..."
  npm install --no-audit --no-fund --silent --prefix "$maildev" maildev@3.0.0 >/dev/null
fi

dotnet build SheetLeads.sln -c Release -nologo -v quiet
dotnet test SheetLeads.sln -c Release --no-build -nologo
