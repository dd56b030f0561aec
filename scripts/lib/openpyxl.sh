# Sourced by the sample scripts: sets $py to a Python 3 that has openpyxl (check.py reads .xlsx results with it),
# installing apt's python3-openpyxl (which is for /usr/bin/python3) when none has it.

py=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
if [ -z "$py" ]; then
  apt-get install -y -qq python3-openpyxl >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq python3-openpyxl >/dev/null; }
  py=/usr/bin/python3
fi
