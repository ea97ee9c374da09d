"""Writes a list filtered to one class (tester A16): an autoFilter over
the list and the rows of the other class hidden, as Excel leaves them
when the secretary filters by Klass and saves; and a footer line under
the list ("Antal elever: 6"). All names are made up. Run with
/usr/bin/python3."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"])
names = [("Alma", "Lind"), ("Otto", "Berg"), ("Nora", "Sund"), ("Elis", "Holm"), ("Vera", "Ek"), ("Melker", "Dahl")]
for i, (first, last) in enumerate(names):
    ws.append([first, last, f"{first.lower()}.{last.lower()}@elev.exempelkommun.se", "8A" if i % 2 == 0 else "8B",
               "Ekbackeskolan", "Exempelkommun", "Elev"])
ws.append([])
ws.append(["Antal elever: 6"])
ws.auto_filter.ref = "A1:G7"
ws.auto_filter.add_filter_column(3, ["8A"])
for r in (3, 5, 7):  # the pupils of 8B
    ws.row_dimensions[r].hidden = True
wb.save(os.path.join(out, "sheets_filtered.xlsx"))
