"""Writes the fixtures of lists that come in several sheets or files, as
Swedish school offices receive them. All names are made up. Run with
/usr/bin/python3 (it has openpyxl):

- sheets_teachers_first.xlsx: "Lärare" (2 teachers), then "Elever" (20 pupils)
- sheets_pupils_first.xlsx: the same sheets in the other order
- sheets_info.xlsx: "Information" (a few lines of text), "Lärare", "Elever"
- sheets_classes.xlsx: "Alla elever" (6 pupils with a class column), then
  "9A" and "9B" (the same pupils, no class column)
- sheets_unknown_table.xlsx: "Elever", then "Frånvaro", a table whose header
  names no roster column
- staff_cp1252.csv: staff as Swedish Excel saves a semicolon csv
  (Windows-1252), with no Municipality column
- pupils_openpyxl.xlsx: the pupils of the same school, with Kommun
- sheets_hidden.xlsx: "Elever", and a hidden sheet of last year's pupils
- sheets_leavers.xlsx: "Elever", and "Utskrivna elever", pupils who have left
"""
import os
import sys
from openpyxl import Workbook

from excelcsv import write_excel_csv

out = sys.argv[1]
SCHOOL, TOWN = "Björkhagaskolan", "Lillköping"

FIRST = ["Alva", "Björn", "Cecilia", "David", "Ebba", "Frans", "Greta", "Hampus", "Ines", "Jakob",
         "Klara", "Linus", "Maja", "Nils", "Olivia", "Pontus", "Rut", "Sixten", "Tyra", "Ville"]
LAST = ["Ahlström", "Bergqvist", "Cederlund", "Dahlgren", "Ekström", "Forsberg", "Gustafsson",
        "Hedlund", "Isaksson", "Jönsson", "Karlsson", "Lindqvist", "Mårtensson", "Nyström",
        "Olofsson", "Pettersson", "Rosén", "Sjöberg", "Törnqvist", "Wikström"]


def ascii_mail(s):
    return s.lower().translate(str.maketrans("åäöé", "aaoe"))


def pupils(n, classes):
    rows = []
    for i in range(n):
        f, l = FIRST[i % len(FIRST)], LAST[i % len(LAST)]
        rows.append([f, l, f"{ascii_mail(f)}.{ascii_mail(l)}@elev.lillkoping.example",
                     classes[i % len(classes)], SCHOOL, TOWN, "Elev"])
    return rows


PUPIL_HEADER = ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"]
TEACHERS = [
    ["Förnamn", "Efternamn", "E-post", "Skola", "Kommun", "Befattning"],
    ["Karin", "Ståhl", "karin.stahl@lillkoping.example", SCHOOL, TOWN, "Lärare"],
    ["Per", "Ödman", "per.odman@lillkoping.example", SCHOOL, TOWN, "Förstelärare"],
]


def sheet(wb, title, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    for r in rows:
        ws.append(r)
    return ws


def save(wb, name):
    wb.save(os.path.join(out, name))


elever = [PUPIL_HEADER] + pupils(20, ["7A", "7B", "8A", "8B", "9A"])

wb = Workbook()
sheet(wb, "Lärare", TEACHERS, first=True)
sheet(wb, "Elever", elever)
save(wb, "sheets_teachers_first.xlsx")

wb = Workbook()
sheet(wb, "Elever", elever, first=True)
sheet(wb, "Lärare", TEACHERS)
save(wb, "sheets_pupils_first.xlsx")

wb = Workbook()
sheet(wb, "Information", [
    ["Elevlista för Björkhagaskolan"],
    ["Utskriven ur skoladministrativa systemet"],
    [],
    ["Frågor: expeditionen, tel. 0000-00 00 00"],
], first=True)
sheet(wb, "Lärare", TEACHERS)
sheet(wb, "Elever", elever)
save(wb, "sheets_info.xlsx")

# The same six pupils on the "all pupils" sheet and on their class's sheet;
# the class sheets have no class column: the sheet's name is the class.
everyone = pupils(6, ["9A", "9B"])
wb = Workbook()
sheet(wb, "Alla elever", [PUPIL_HEADER] + everyone, first=True)
no_class = ["Förnamn", "Efternamn", "E-post", "Skola", "Kommun", "Roll"]
for cls in ["9A", "9B"]:
    sheet(wb, cls, [no_class] + [r[:3] + r[4:] for r in everyone if r[3] == cls])
save(wb, "sheets_classes.xlsx")

wb = Workbook()
sheet(wb, "Elever", [PUPIL_HEADER] + pupils(4, ["8A"]), first=True)
sheet(wb, "Frånvaro", [
    ["Datum", "Lektion", "Minuter", "Anmäld av"],
    ["2026-09-01", "Matematik", 40, "Vårdnadshavare"],
    ["2026-09-02", "Svenska", 60, "Mentor"],
    ["2026-09-03", "Idrott", 55, "Vårdnadshavare"],
    ["2026-09-04", "Engelska", 40, "Mentor"],
])
save(wb, "sheets_unknown_table.xlsx")

# Staff as Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252,
# CRLF, no Municipality column (a staff export seldom has one).
staff = [["Förnamn", "Efternamn", "E-post", "Skola", "Befattning"],
         ["Karin", "Ståhl", "karin.stahl@lillkoping.example", SCHOOL, "Lärare"],
         ["Per", "Ödman", "per.odman@lillkoping.example", SCHOOL, "Förstelärare"],
         ["Åsa", "Nordén", "asa.norden@lillkoping.example", SCHOOL, "Speciallärare"]]
write_excel_csv(out, "staff_cp1252.csv", staff)

wb = Workbook()
sheet(wb, "Elever", elever[:11], first=True)
save(wb, "pupils_openpyxl.xlsx")

# A visible pupils' sheet and a hidden one with last year's pupils: the
# hidden list is not read while a visible one is.
wb = Workbook()
sheet(wb, "Elever", [PUPIL_HEADER] + pupils(4, ["8A"]), first=True)
old = sheet(wb, "Förra året", [PUPIL_HEADER] + pupils(3, ["9B"]))
old.sheet_state = "hidden"
save(wb, "sheets_hidden.xlsx")

# Current pupils and, on a sheet of their own, pupils who have left: the
# leavers' sheet is not read as current pupils.
wb = Workbook()
sheet(wb, "Elever", [PUPIL_HEADER] + pupils(4, ["8A"]), first=True)
sheet(wb, "Utskrivna elever", [PUPIL_HEADER] + pupils(6, ["9B"])[4:])
save(wb, "sheets_leavers.xlsx")
