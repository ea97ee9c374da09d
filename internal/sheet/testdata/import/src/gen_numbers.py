"""Writes numbers_openpyxl.xlsx (written by openpyxl) and numbers_cp1252.csv
(Swedish Excel's semicolon csv in Windows-1252): pupil lists whose ids are
numbers. In the workbook the SSOID and Elevnr columns are number cells
with zero-padding formats (000000, "ID-"0000, 0000000000) that Excel shows
as 001234, and one SSOID has more digits than Excel keeps (15); in the csv,
as Excel saves what it shows, one id is text with leading zeros and one is
in exponent form (1,23457E+11). All names and ids are made up. Run with
/usr/bin/python3 (it has openpyxl)."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]

wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "SSOID", "Elevnr"])
rows = [
    ("Alva", "Berg", "alva.berg@elev.example", "9A", 1234, "000000", 7, "0000000000"),
    ("Bo", "Ek", "bo.ek@elev.example", "9A", 12, '"ID-"0000', 41251, "000 00"),
    ("Cia", "Lund", "cia.lund@elev.example", "9B", 12345678901234567890, "0", 1234.5, "000000"),
    ("Dan", "Ås", "dan.as@elev.example", "9B", 123456789012, "General", 99, "General"),
    ("Eva", "Öst", "eva.ost@elev.example", "9B", "004321", "@", 5, "0.00"),
]
for first, last, email, klass, ssoid, ssoid_fmt, nr, nr_fmt in rows:
    ws.append([first, last, email, klass, "Norrskolan", "Lillköping", "Elev", ssoid, nr])
    ws.cell(row=ws.max_row, column=8).number_format = ssoid_fmt
    ws.cell(row=ws.max_row, column=9).number_format = nr_fmt
wb.save(os.path.join(out, "numbers_openpyxl.xlsx"))

sv = [
    ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "SSOID"],
    ["Gun", "Holm", "gun.holm@elev.example", "8A", "Norrskolan", "Lillköping", "Elev", "001234"],
    ["Hugo", "Dahl", "hugo.dahl@elev.example", "8A", "Norrskolan", "Lillköping", "Elev", "1,23457E+11"],
    ["Ida", "Ros", "ida.ros@elev.example", "8A", "Norrskolan", "Lillköping", "Elev", "123456789012"],
]
with open(os.path.join(out, "numbers_cp1252.csv"), "w", encoding="cp1252", newline="") as f:
    for row in sv:
        f.write(";".join(row) + "\r\n")
