"""Writes the fixtures of small sheets of new pupils beside the list
(tester A15): a sheet of two pupils typed without a header, one with a
line of text and one pupil, and one with a header the program does not
know ("Namn | E-post | Klass") and one pupil; and an information page
with an address in a sentence, which holds no people. All names are
made up. Run with /usr/bin/python3."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
head = ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"]


def pupil(first, last, cls="4A"):
    return [first, last, f"{first.lower()}.{last.lower()}@elev.exempelkommun.se", cls, "Ekbackeskolan", "Exempelkommun", "Elev"]


def book():
    wb = Workbook()
    ws = wb.active
    ws.title = "Elever"
    ws.append(head)
    for first, last in [("Alma", "Lind"), ("Otto", "Berg"), ("Nora", "Sund"), ("Elis", "Holm")]:
        ws.append(pupil(first, last))
    info = wb.create_sheet("Information")
    info.append(["Elevlista hösten 2026"])
    info.append(["Frågor till expeditionen@ekbackeskolan.se"])
    return wb


wb = book()
ws = wb.create_sheet("Nya elever")
ws.append(pupil("Vera", "Ek"))
ws.append(pupil("Melker", "Dahl"))
ws = wb.create_sheet("Ny vecka 48")
ws.append(["Börjar måndag:"])
ws.append(["Tyra", "Lund", "tyra.lund@elev.exempelkommun.se", "4B"])
wb.save(os.path.join(out, "sheets_small_pupils.xlsx"))

wb = book()
ws = wb.create_sheet("Nya")
ws.append(["Namn", "E-post", "Klass"])
ws.append(["Vera Ek", "vera.ek@elev.exempelkommun.se", "4B"])
wb.save(os.path.join(out, "sheets_small_namecol.xlsx"))
