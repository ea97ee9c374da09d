"""Writes titles_cp1252.csv (Swedish Excel's semicolon csv in Windows-1252)
and titles_openpyxl.xlsx (Finnish, written by openpyxl): staff lists whose
role column holds job titles, some read as teacher and some not, and
classes written without their grade. All names are made up. Run with
/usr/bin/python3 (it has openpyxl)."""
import os
import sys
from openpyxl import Workbook

from excelcsv import write_excel_csv

out = sys.argv[1]

sv = [
    ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Befattning"],
    ["Åsa", "Öberg", "asa.oberg@skola.example", "", "Björkhagaskolan", "Lillköping", "Förstelärare"],
    ["Bo", "Ek", "bo.ek@skola.example", "", "Björkhagaskolan", "Lillköping", "Förstelärare"],
    ["Cilla", "Ström", "cilla.strom@skola.example", "", "Björkhagaskolan", "Lillköping", "Speciallärare i matematik"],
    ["Dan", "Lund", "dan.lund@skola.example", "", "Björkhagaskolan", "Lillköping", "Lärare i fritidshem"],
    ["Eva", "Berg", "eva.berg@skola.example", "", "Björkhagaskolan", "Lillköping", "Lärare"],
    ["Filip", "Sand", "filip.sand@skola.example", "", "Björkhagaskolan", "Lillköping", "Rektor"],
    ["Gun", "Holm", "gun.holm@skola.example", "", "Björkhagaskolan", "Lillköping", "Skolsköterska"],
    ["Hugo", "Dahl", "hugo.dahl@skola.example", "", "Björkhagaskolan", "Lillköping", "Lärarstudent"],
    ["Ida", "Ros", "ida.ros@skola.example", "A", "Björkhagaskolan", "Lillköping", "Elev"],
    ["Jon", "Vik", "jon.vik@skola.example", "Blå", "Björkhagaskolan", "Lillköping", "Elev"],
    ["Kim", "Ås", "kim.as@skola.example", "FA", "Björkhagaskolan", "Lillköping", "Elev"],
    ["Lo", "Nord", "lo.nord@skola.example", "7A", "Björkhagaskolan", "Lillköping", "Elev"],
]
write_excel_csv(out, "titles_cp1252.csv", sv)

wb = Workbook()
ws = wb.active
ws.title = "Henkilöstö"
fi = [
    ["Etunimi", "Sukunimi", "Sähköposti", "Luokka", "Koulu", "Kunta", "Nimike"],
    ["Aino", "Virtanen", "aino.virtanen@koulu.example", None, "Koivurinteen koulu", "Pikkula", "Luokanopettaja"],
    ["Eetu", "Korhonen", "eetu.korhonen@koulu.example", None, "Koivurinteen koulu", "Pikkula", "Musiikinopettaja"],
    ["Liisa", "Mäkinen", "liisa.makinen@koulu.example", None, "Koivurinteen koulu", "Pikkula", "musiikinopettaja"],
    ["Onni", "Heikkinen", "onni.heikkinen@koulu.example", None, "Koivurinteen koulu", "Pikkula", "Rehtori"],
    ["Veera", "Laine", "veera.laine@koulu.example", None, "Koivurinteen koulu", "Pikkula", "Koulunkäynninohjaaja"],
    ["Ilmari", "Nieminen", "ilmari.nieminen@koulu.example", "B", "Koivurinteen koulu", "Pikkula", "Oppilas"],
]
for r in fi:
    ws.append(r)
wb.save(os.path.join(out, "titles_openpyxl.xlsx"))
