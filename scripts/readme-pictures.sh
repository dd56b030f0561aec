#!/usr/bin/env bash
# Makes the README's pictures from the worker's real output: runs `sync --once` on the outside sample corpus exactly as
# scripts/check-samples.sh does (seed workbook, then the corpus's mail and forms), then renders the resulting workbook
# with LibreOffice (headless, one page per tab) and crops the Leads and Summary tabs into docs/images/. For the Leads
# picture a copy of the workbook hides the long text columns (Message, Notes, Ref) and the rows below the 24th, so the
# colours and flags can be read; the data shown is what the worker wrote. Installs libreoffice-calc-nogui and
# poppler-utils from apt when missing. Usage: scripts/readme-pictures.sh [corpus-dir] (default ../shared/samples)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:-$root/../shared/samples}" 2>/dev/null && pwd) || { echo "No sample corpus found."; exit 1; }
command -v soffice >/dev/null && command -v pdftoppm >/dev/null || apt-get install -y -qq libreoffice-calc-nogui poppler-utils >/dev/null
. "$root/scripts/lib/openpyxl.sh"

tmp=$(mktemp -d)
"$root/scripts/publish.sh" "$tmp/app" >"$tmp/publish.log" 2>&1 || { cat "$tmp/publish.log"; exit 1; }
cp -r "$corpus/." "$tmp/work"
cd "$tmp/work"
mkdir -p out && cp seed/leads.xlsx out/leads.xlsx
dotnet "$tmp/app/SheetLeads.dll" sync --once --config appsettings.json >sync.out 2>sync.log || { tail -n 1 sync.out; exit 1; }
echo "worker: $(tail -n 1 sync.out)"

"$py" - out/leads.xlsx view.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
leads = book["Leads"]
header = [str(c.value or "") for c in leads[1]]
for index, name in enumerate(header, start=1):
    letter = openpyxl.utils.get_column_letter(index)
    if name in ("Message", "Notes", "Ref"):
        leads.column_dimensions[letter].hidden = True
    elif name == "Flag":
        leads.column_dimensions[letter].width = 46 # the page ends with the last column: room for the longest flag
for row in range(25, leads.max_row + 1):
    leads.row_dimensions[row].hidden = True
book.save(sys.argv[2])
PY
soffice --headless --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' view.xlsx >/dev/null 2>&1
mkdir -p "$root/docs/images"
pdftoppm -png -r 90 -f 1 -l 1 -singlefile view.pdf "$root/docs/images/leads-tab"
# The Summary's first blocks: the alerts and key figures down to the owners' table.
pdftoppm -png -r 90 -f 2 -l 2 -x 0 -y 0 -W 1700 -H 880 -singlefile view.pdf "$root/docs/images/summary-tab"
ls -la "$root/docs/images"
