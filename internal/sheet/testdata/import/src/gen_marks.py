"""Writes marks_openpyxl.xlsx (written by openpyxl): a pupil list whose
office marked pupils only in ways Excel's user sees: a note (comment) that
says "Skyddad identitet" on Cia's row, a note of something else on Dan's,
and Dan's first name struck through; Bo's address is bold, which is no
mark. All names are made up. Run with /usr/bin/python3 (it has
openpyxl)."""
import os
import sys
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"])
for first, last in [("Alva", "Lind"), ("Bo", "Ek"), ("Cia", "Berg"), ("Dan", "Ros"), ("Eva", "Al")]:
    ws.append([first, last, f"{first.lower()}.{last.lower()}@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"])
ws["A4"].comment = Comment("Skyddad identitet", "Kansliet")
ws["B5"].comment = Comment("Byter klass i januari", "Kansliet")
ws["A5"].font = Font(strike=True)
ws["C3"].font = Font(bold=True)
wb.save(os.path.join(out, "marks_openpyxl.xlsx"))
