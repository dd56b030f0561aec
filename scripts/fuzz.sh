#!/usr/bin/env bash
# The hostile-input fuzz tests in full: many more damaged mails and form pages than the test run tries.
# Usage: scripts/fuzz.sh [cases] [seed]     (default 20000 cases, the tests' fixed seed)
set -euo pipefail
cd "$(dirname "$0")/.."
export SHEETLEADS_FUZZ_CASES="${1:-20000}"
[ -n "${2:-}" ] && export SHEETLEADS_FUZZ_SEED="$2"
dotnet build SheetLeads.sln -c Release -nologo -v quiet
dotnet test tests/SheetLeads.Worker.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~SheetLeads.Worker.Tests.Hostile"
