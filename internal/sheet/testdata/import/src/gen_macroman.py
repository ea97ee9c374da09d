"""Writes macroman_cr.csv as old Mac Excel saves "CSV (Macintosh)": Mac
Roman, semicolons, every line ending in a lone CR; and macroman_lo.csv,
the UTF-8 list that LibreOffice converts to Mac Roman (make.sh), without
an Å, so that only its letters tell it from Windows-1252. All names are
made up. Run with /usr/bin/python3."""
import os
import sys

out = sys.argv[1]
rows = [
    ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"],
    ["Åsa", "Öberg", "asa.oberg@elev.example", "9A", "Sjöängsskolan", "Borås", "Elev"],
    ["Märta", "Älvsjö", "marta.alvsjo@elev.example", "9A", "Sjöängsskolan", "Borås", "Elev"],
    ["Linnéa", "Hå", "linnea.ha@elev.example", "9A", "Sjöängsskolan", "Borås", "Elev"],
]
with open(os.path.join(out, "macroman_cr.csv"), "wb") as f:
    f.write(("\r".join(";".join(r) for r in rows) + "\r").encode("mac_roman"))
with open(os.path.join(out, "macroman_lo.csv"), "w", encoding="utf-8") as f:
    for r in rows[:1] + rows[2:]:
        f.write(";".join(r) + "\n")
