"""Writes the workbook that roster's own advice, --sheet, once read too
little of (tester A2): "Elever", a sheet "Blad2" of pupils without a
header, a hidden sheet "Nyanlända" whose header has a protection column
and which marks a pupil of "Elever" protected, and "Utskrivna elever"
naming a pupil of "Elever" as left. All names are made up. Run with
/usr/bin/python3."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
head = ["Förnamn", "Efternamn", "E-post", "Skola", "Kommun", "Klass", "Roll"]


def pupil(first, last, cls):
    return [first, last, f"{first.lower()}.{last.lower()}@elev.exempelkommun.se", "Ekbackeskolan", "Exempelkommun", cls, "Elev"]


wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(head)
for first, last in [("Alma", "Lind"), ("Otto", "Berg"), ("Nora", "Sund"), ("Elis", "Holm")]:
    ws.append(pupil(first, last, "7A"))
ws = wb.create_sheet("Blad2")
for first, last in [("Vera", "Ek"), ("Melker", "Dahl"), ("Tyra", "Lund")]:
    ws.append(pupil(first, last, "8A"))
ws = wb.create_sheet("Nyanlända")
ws.sheet_state = "hidden"
ws.append(head + ["Skyddad identitet"])
ws.append(pupil("Nora", "Sund", "7A") + ["Ja"])
ws.append(pupil("Ines", "Falk", "8B") + ["Nej"])
ws = wb.create_sheet("Utskrivna elever")
ws.append(head)
ws.append(pupil("Alma", "Lind", "7A"))
wb.save(os.path.join(out, "sheets_sheet_option.xlsx"))
