#!/usr/bin/env bash
# Measures SPEC §9 on this machine and writes BENCHMARKS.md (issue 8): BenchmarkDotNet over the Core hot paths, then
# the end-to-end budgets — the real worker against a private Dovecot and the Sheets emulator: API calls per cycle,
# idle-cycle CPU on a 5,000-row sheet, a 10,000-mail backfill beside a bare MailKit fetch, memory, enquiry-to-row
# latency with IDLE and with polling — and the estimated image size. About 10 minutes on 2 cores; keep the machine
# otherwise quiet. Needs Dovecot as the tests do (scripts/test.sh installs it) and root to run it.
# Usage: scripts/bench.sh            full run, BENCHMARKS.md rewritten
#        scripts/bench.sh --quick    small sizes, a check that the driver works; BENCHMARKS.md left alone
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v dovecot >/dev/null || { echo "Dovecot is needed: run scripts/test.sh once (it installs dovecot-imapd)." >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dotnet build bench/SheetLeads.Benchmarks -c Release -nologo -v quiet
scripts/publish.sh "$tmp/app" >/dev/null
bench=bench/SheetLeads.Benchmarks/bin/Release/net10.0/SheetLeads.Benchmarks.dll
if [ "${1:-}" = "--quick" ]; then
  dotnet "$bench" budgets --quick --published "$tmp/app"
  exit
fi
# From the repository root: BenchmarkDotNet builds its own copy of the project and looks for it from here.
dotnet "$bench" core --filter '*' --job short --join --exporters github --artifacts "$tmp/bdn" >"$tmp/core.log" 2>&1 \
  || { tail -n 40 "$tmp/core.log"; echo "the Core benchmarks failed (log above)"; exit 1; }
grep -q "Benchmarks with issues" "$tmp"/bdn/results/*-report-github.md && { tail -n 40 "$tmp/core.log"; echo "a Core benchmark failed (log above)"; exit 1; }
dotnet "$bench" budgets --published "$tmp/app" --core-results "$tmp/bdn/results" \
  --analysis bench/ANALYSIS.md --out BENCHMARKS.md
