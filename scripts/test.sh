#!/usr/bin/env bash
# The README's test command: installs what the tests need, then builds and runs every test.
# Usage: scripts/test.sh            (from anywhere; needs the .NET 10 SDK)
set -euo pipefail
cd "$(dirname "$0")/.."

# Nothing outside the .NET SDK is needed yet: the tests use real .xlsx files and a real SQLite state file in
# temporary folders. Servers that later tests need (Dovecot, an SMTP sink) are installed here when they arrive.

dotnet --info >/dev/null 2>&1 || { echo "The .NET 10 SDK is needed: https://dot.net" >&2; exit 1; }
dotnet build SheetLeads.sln -c Release -nologo -v quiet
dotnet test SheetLeads.sln -c Release --no-build -nologo
