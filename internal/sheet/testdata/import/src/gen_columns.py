"""Writes columns_cp1252.csv (Swedish Excel's semicolon csv in
Windows-1252) and columns_openpyxl.xlsx (written by openpyxl): pupil lists
whose grade and section are in two columns, with a status or end-date
column that marks leavers, and (in the workbook) rows hidden by the
secretary. All names are made up. Run with /usr/bin/python3 (it has
openpyxl)."""
import datetime
import os
import sys
from openpyxl import Workbook

from excelcsv import write_excel_csv

out = sys.argv[1]

sv = [
    ["Förnamn", "Efternamn", "E-post", "Årskurs", "Klass", "Skola", "Kommun", "Roll", "Status"],
    ["Åsa", "Öberg", "asa.oberg@elev.example", "7", "A", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Bo", "Ek", "bo.ek@elev.example", "7", "B", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Cilla", "Ström", "cilla.strom@elev.example", "8", "A", "Björkhagaskolan", "Lillköping", "Elev", ""],
    ["Dan", "Lund", "dan.lund@elev.example", "9", "a", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Eva", "Berg", "eva.berg@elev.example", "8", "7A", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Filip", "Sand", "filip.sand@elev.example", "", "B", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Gun", "Holm", "gun.holm@elev.example", "9", "B", "Björkhagaskolan", "Lillköping", "Elev", "Utskriven"],
    ["Hugo", "Dahl", "hugo.dahl@elev.example", "8", "B", "Björkhagaskolan", "Lillköping", "Elev", "Tjänstledig"],
    ["Ida", "Ros", "ida.ros@elev.example", "F", "FA", "Björkhagaskolan", "Lillköping", "Elev", "Aktiv"],
    ["Jon", "Vik", "jon.vik@skola.example", "", "", "Björkhagaskolan", "Lillköping", "Lärare", "Aktiv"],
]
write_excel_csv(out, "columns_cp1252.csv", sv)

wb = Workbook()
ws = wb.active
ws.title = "Elever"
rows = [
    ["Förnamn", "Efternamn", "E-post", "Stadium", "Klassbeteckning", "Arbetsplats", "Kommun", "Roll", "Slutdatum"],
    ["Kim", "Ås", "kim.as@elev.example", 7, "A", "Ekbackens skola", "Lillköping", "Elev", None],
    ["Lo", "Nord", "lo.nord@elev.example", 7, "B", "Ekbackens skola", "Lillköping", "Elev", datetime.date(2099, 6, 30)],
    ["Mia", "Söder", "mia.soder@elev.example", 8, "A", "Ekbackens skola", "Lillköping", "Elev", None],
    ["Nils", "Väst", "nils.vast@elev.example", 8, "A", "Ekbackens skola", "Lillköping", "Elev", datetime.date(2026, 6, 15)],
    ["Olle", "Öst", "olle.ost@elev.example", 9, "C", "Ekbackens skola", "Lillköping", "Elev", None],
    ["Pia", "Berg", "pia.berg@elev.example", 9, "C", "Ekbackens skola", "Lillköping", "Elev", None],
]
for r in rows:
    ws.append(r)
for cell in ws["I"][1:]:
    cell.number_format = "yyyy-mm-dd"
# The secretary hid Olle's row (row 6 in Excel); Pia's row is only short.
ws.row_dimensions[6].hidden = True
ws.row_dimensions[7].height = 0.5
wb.save(os.path.join(out, "columns_openpyxl.xlsx"))

# Two sheets whose headers differ: staff first (no class column), then
# pupils with the grade and the section in two columns. The notice of the
# join must name the pupils' section column, not the staff sheet's (none).
wb = Workbook()
ws = wb.active
ws.title = "Personal"
for r in [
    ["Förnamn", "Efternamn", "E-post", "Skola", "Kommun", "Befattning"],
    ["Rut", "Lind", "rut.lind@skola.example", "Ekbackens skola", "Lillköping", "Lärare"],
    ["Sten", "Ek", "sten.ek@skola.example", "Ekbackens skola", "Lillköping", "Förstelärare"],
]:
    ws.append(r)
ws = wb.create_sheet("Elever")
for r in [
    ["Förnamn", "Efternamn", "E-post", "Åk", "Klassbeteckning", "Skola", "Kommun", "Roll"],
    ["Tea", "Nord", "tea.nord@elev.example", 7, "A", "Ekbackens skola", "Lillköping", "Elev"],
    ["Ulf", "Syd", "ulf.syd@elev.example", 8, "B", "Ekbackens skola", "Lillköping", "Elev"],
]:
    ws.append(r)
wb.save(os.path.join(out, "columns_sheets_openpyxl.xlsx"))
