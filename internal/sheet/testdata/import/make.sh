#!/bin/sh
# Rebuilds the import fixtures from the sources in src/. Needs LibreOffice
# (soffice), Gnumeric (ssconvert), /usr/bin/python3 with openpyxl, and Go.
# The tests read only the files made here, never these tools.
set -eu
cd "$(dirname "$0")"
here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd src && /usr/bin/python3 gen_csv.py "$here")
(cd src && /usr/bin/python3 gen_openpyxl.py "$here")
(cd src && /usr/bin/python3 gen_titles.py "$here")
(cd src && /usr/bin/python3 gen_sources.py "$here")
(cd src && /usr/bin/python3 gen_columns.py "$here")
(cd src && /usr/bin/python3 gen_privacy.py "$here")
(cd src && /usr/bin/python3 gen_namesake.py "$here")
(cd src && /usr/bin/python3 gen_smallsheets.py "$here")
(cd src && /usr/bin/python3 gen_sheetoption.py "$here")
(cd src && /usr/bin/python3 gen_filter.py "$here")
(cd src && /usr/bin/python3 gen_numbers.py "$here")
(cd src && /usr/bin/python3 gen_dates.py "$here")
(cd src && /usr/bin/python3 gen_macroman.py "$here")
(cd src && /usr/bin/python3 gen_multiline.py "$here")
(cd src && go run ./genxlsx "$here")

# LibreOffice: semicolon csv (UTF-8) with title rows above the header.
cp src/roster_sv.csv "$tmp/libreoffice.csv"
soffice --headless --infilter=CSV:59,34,76 --convert-to xlsx --outdir "$tmp" "$tmp/libreoffice.csv" >/dev/null
cp "$tmp/libreoffice.xlsx" .

# LibreOffice: the three-sheet workbook (a title page, Lärare, Elever) that
# gen_sources.py writes, saved again by Calc.
mkdir -p "$tmp/lo"
cp sheets_info.xlsx "$tmp/sheets_libreoffice.xlsx"
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$tmp/lo" "$tmp/sheets_libreoffice.xlsx" >/dev/null
cp "$tmp/lo/sheets_libreoffice.xlsx" .

# LibreOffice: the workbook of ids as numbers that gen_numbers.py writes,
# saved again by Calc (its own styles, 1.23456789012346E+019).
mkdir -p "$tmp/lo_numbers"
cp numbers_openpyxl.xlsx "$tmp/numbers_libreoffice.xlsx"
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$tmp/lo_numbers" "$tmp/numbers_libreoffice.xlsx" >/dev/null
cp "$tmp/lo_numbers/numbers_libreoffice.xlsx" .

# LibreOffice: the list that gen_macroman.py writes in UTF-8, saved again
# as Mac Roman (character set 2), lines ending in LF.
mkdir -p "$tmp/mac" "$tmp/macout"
cp macroman_lo.csv "$tmp/mac/macroman_lo.csv"
soffice --headless --infilter=CSV:59,34,76 --convert-to xlsx --outdir "$tmp/mac" "$tmp/mac/macroman_lo.csv" >/dev/null
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):59,34,2" --outdir "$tmp/macout" "$tmp/mac/macroman_lo.xlsx" >/dev/null
cp "$tmp/macout/macroman_lo.csv" .

# LibreOffice: the list of notes with line breaks that gen_multiline.py
# writes as xlsx, saved as csv (UTF-8, commas); then each csv of such notes
# opened by LibreOffice and saved as xlsx, where its rows are those the
# user sees.
mkdir -p "$tmp/ml" "$tmp/mlout"
cp multiline.xlsx "$tmp/ml/multiline_libreoffice.xlsx"
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$tmp/mlout" "$tmp/ml/multiline_libreoffice.xlsx" >/dev/null
cp "$tmp/mlout/multiline_libreoffice.csv" .
rm multiline.xlsx
cp multiline_libreoffice.csv "$tmp/ml/multiline_libreoffice_lo.csv"
cp multiline_cp1252.csv "$tmp/ml/multiline_cp1252_lo.csv"
soffice --headless --infilter=CSV:44,34,76 --convert-to xlsx --outdir "$tmp/mlout" "$tmp/ml/multiline_libreoffice_lo.csv" >/dev/null
soffice --headless --infilter=CSV:59,34,1 --convert-to xlsx --outdir "$tmp/mlout" "$tmp/ml/multiline_cp1252_lo.csv" >/dev/null
cp "$tmp/mlout/multiline_libreoffice_lo.xlsx" "$tmp/mlout/multiline_cp1252_lo.xlsx" .

# Gnumeric: comma csv with an extra column.
ssconvert src/roster_en.csv gnumeric.xlsx >/dev/null 2>&1

# Unreadable files: an old .xls and an OpenDocument .ods (locked.xlsx, a
# password-protected workbook, comes from genxlsx above).
soffice --headless --convert-to xls --outdir "$tmp" "$tmp/libreoffice.xlsx" >/dev/null
cp "$tmp/libreoffice.xls" old.xls
soffice --headless --convert-to ods --outdir "$tmp" "$tmp/libreoffice.xlsx" >/dev/null
cp "$tmp/libreoffice.ods" calc.ods

# Fuzz seed corpora from the fixtures above.
go run ./src/genseeds . ../fuzz >/dev/null
