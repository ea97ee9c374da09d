"""Writes the fixtures of a protected pupil listed again under another
address (tester A1): the school system's list marks her protected, with
her school address, and a teacher's class list (UTF-8 csv with BOM, as
Excel saves it) gives her by name, school and class with a private
address. All names are made up. Run with /usr/bin/python3."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "Skyddad identitet"])
for first, last, mark in [("Alma", "Lindqvist", "Nej"), ("Ebba", "Åkerbäck", "Ja"), ("Otto", "Berglund", "Nej")]:
    addr = f"{first.lower()}.{last.lower()}@elev.exempelkommun.se".replace("å", "a").replace("ä", "a")
    ws.append([first, last, addr, "4A", "Ekbackeskolan", "Exempelkommun", "Elev", mark])
wb.save(os.path.join(out, "privacy_namesake_main.xlsx"))

with open(os.path.join(out, "privacy_namesake_classlist.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("Förnamn,Efternamn,E-post,Klass,Skola,Kommun,Roll\r\n")
    # the protected pupil: same name, school and class, a private address
    fh.write("Ebba,Åkerbäck,ebba.akerback@gmail.com,4a,Ekbackeskolan,Exempelkommun,Elev\r\n")
    # a namesake at another school is another person
    fh.write("Ebba,Åkerbäck,ebba.akerback2@elev.exempelkommun.se,4A,Norrskolan,Exempelkommun,Elev\r\n")
    fh.write("Nils,Ek,nils.ek@elev.exempelkommun.se,4A,Ekbackeskolan,Exempelkommun,Elev\r\n")
