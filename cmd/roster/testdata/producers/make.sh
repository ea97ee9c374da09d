#!/usr/bin/env bash
# Makes the synthetic sample list (assets/sample/elevlista.csv) as the
# programs that users export from write it: LibreOffice, Gnumeric, openpyxl
# and Swedish Excel's csv (semicolons, Windows-1252, CRLF). Each holds the
# same problems on the same rows. Needs soffice, ssconvert and
# /usr/bin/python3 with openpyxl; the tests read the committed files only.
set -euo pipefail
cd "$(dirname "$0")"
sample=../../../../assets/sample/elevlista.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$sample" "$tmp/elevlista.csv"
# Column 1-9 as text (format 2) so that LibreOffice keeps "9" a text cell
# as the school system wrote it.
soffice --headless --infilter='CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2' \
	--convert-to xlsx --outdir "$tmp" "$tmp/elevlista.csv" >/dev/null 2>&1
cp "$tmp/elevlista.xlsx" libreoffice.xlsx
ssconvert libreoffice.xlsx gnumeric.xlsx >/dev/null 2>&1
/usr/bin/python3 - "$sample" openpyxl.xlsx <<'PY'
import csv, sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Elever"
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.reader(f, delimiter=";"):
        ws.append(row)
wb.save(sys.argv[2])
PY
sed 's/$/\r/' "$sample" | iconv -f UTF-8 -t WINDOWS-1252 > excel-sv.csv
