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
dotnet build SheetLeads.sln -c Release -nologo -v quiet
dotnet test SheetLeads.sln -c Release --no-build -nologo
