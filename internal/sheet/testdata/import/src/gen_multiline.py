"""Writes multiline_cp1252.csv as Swedish Excel saves a list whose notes
hold line breaks (Alt+Enter): Windows-1252, semicolons, rows ending in
CRLF, a line break inside a quoted cell as LF; a blank row between the
pupils. And multiline.xlsx, the same list by openpyxl, which make.sh has
LibreOffice save as csv (multiline_libreoffice.csv). make.sh then has
LibreOffice open each csv and save it as xlsx (*_lo.xlsx): the rows
LibreOffice, as Excel, shows each pupil on. All names are made up. Run
with /usr/bin/python3 (it has openpyxl)."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
rows = [
    ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "Anteckning"],
    ["Alva", "Berg", "alva.berg@elev.example", "9A", "Ekbacka skola", "Ale", "Elev", ""],
    ["Nils", "Holm", "nils.holm@elev.example", "9A", "Ekbacka skola", "Ale", "Elev", "Allergi: nötter\nHar extra tid"],
    None,
    ["Ida", "Sand", "ida.sand@elev.example", "9A", "Ekbacka skola", "Ale", "Elev", "Tre rader:\nett\ntvå"],
    ["Leo", "Ström", "leo.strom@elev.example", "9A", "Ekbacka skola", "Ale", "Elev", ""],
]


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


with open(os.path.join(out, "multiline_cp1252.csv"), "w", encoding="cp1252", newline="") as f:
    for r in rows:
        f.write((";".join(cell(v) for v in r) if r else ";" * 7) + "\r\n")

wb = Workbook()
ws = wb.active
for r in rows:
    ws.append(r if r else [])
wb.save(os.path.join(out, "multiline.xlsx"))
