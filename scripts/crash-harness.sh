#!/usr/bin/env bash
# The crash and fault harnesses in full (issue 8): the real worker killed (SIGKILL) at random moments 50 times per
# harness against a private Dovecot and the Sheets emulator (plain, with lost write responses, with Dovecot restarts).
# CI runs the same tests with 5 kills each. Usage: scripts/crash-harness.sh [kills] [seed]   (needs Dovecot: see test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export SHEETLEADS_CRASH_KILLS="${1:-50}"
[ -z "${2:-}" ] || export SHEETLEADS_CRASH_SEED="$2"
dotnet build SheetLeads.sln -c Release -nologo -v quiet
dotnet test tests/SheetLeads.Worker.Tests -c Release --no-build --filter "FullyQualifiedName~CrashHarnessTests" \
  --logger "console;verbosity=detailed"
