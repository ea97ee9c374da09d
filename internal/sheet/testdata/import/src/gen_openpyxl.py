"""Writes openpyxl.xlsx: a first sheet without a roster, then a Finnish
roster with title rows above the header, rows missing from the XML, a
12-digit SSOID stored as a number, an extra and a protected column.
All names are made up. Run with /usr/bin/python3 (it has openpyxl)."""
import sys
from openpyxl import Workbook

wb = Workbook()
info = wb.active
info.title = "Ohjeet"
info["A1"] = "Tämä tiedosto sisältää oppilaslistan."
info["A2"] = "Katso välilehti Oppilaat."

ws = wb.create_sheet("Oppilaat")
ws["A1"] = "Oppilaslista syksy"
ws["A2"] = "Koulu: Koivurinteen koulu"
# Row 3 is left out of the XML. The header is on row 4.
header = ["Etunimi", "Sukunimi", "Sähköposti", "Luokka", "Koulu", "Kunta",
          "Rooli", "SSO-tunnus", "Turvakielto", "Huoltaja"]
for col, name in enumerate(header, 1):
    ws.cell(row=4, column=col, value=name)
data = {
    5: ["Aino", "Virtanen", "aino.virtanen@koulu.example", "7A", "Koivurinteen koulu", "Pikkula",
        "oppilas", 123456789012, None, "Matti Virtanen"],
    6: ["Eetu", " Korhonen ", "eetu.korhonen@koulu.example", "7B", "Koivurinteen koulu", "Pikkula",
        "Oppilas", 123456789013, "kyllä", None],
    # Rows 7 to 9 are left out of the XML.
    10: ["Liisa", "Mäkinen", "liisa.makinen@koulu.example", None, "Koivurinteen koulu", "Pikkula",
         "Opettaja", None, "ei", None],
    11: ["Onni", "Heikkinen", "onni.heikkinen@koulu.example", "8A", "Koivurinteen koulu", "Pikkula",
         "oppilas", 1.5, None, 42],
}
for row, values in data.items():
    for col, v in enumerate(values, 1):
        if v is not None:
            ws.cell(row=row, column=col, value=v)
wb.save(sys.argv[1] + "/openpyxl.xlsx")
