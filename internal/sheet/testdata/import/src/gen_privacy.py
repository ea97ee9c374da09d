"""Writes the privacy fixtures with openpyxl (a real writer): lists in
which a protected identity or a personal identity number hides where the
program once did not look. All names and numbers are made up (the
identity numbers have right check digits). Run with /usr/bin/python3."""
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]
head = ["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"]


def pupil(first, last, cls="9A"):
    return [first, last, f"{first.lower()}.{last.lower()}@elev.example", cls, "Ekbackens skola", "Lillköping", "Elev"]


# privacy_ssoid_pnr.xlsx: a column the program recognises as SSOID by its
# header holds personal identity numbers in every written form.
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(head + ["SSO-id"])
ws.append(pupil("Alva", "Berg") + ["201003151238"])
ws.append(pupil("Nils", "Holm") + ["20110722-4568"])
ws.append(pupil("Ida", "Sand") + ["100101-2382"])
ws.append(pupil("Eetu", "Korhonen") + ["131052-308T"])
ws.append(pupil("Leo", "Strand") + [200905053211])
ws.append(pupil("Maja", "Ek") + ["abc123"])
wb.save(os.path.join(out, "privacy_ssoid_pnr.xlsx"))

# privacy_mark_values.xlsx: protection written where the program did not
# read it. "Anmärkning" holds "Skyddad folkbokföring" (a status flattened
# from SS12000's securityMarking); "Kvarskrivning" is the old name of
# skyddad folkbokföring; "Markering" is Ja/Nej under a header that hints
# at a mark; "Fritids" is Ja/Nej and says nothing of protection;
# "Luovutuskielto" is the Finnish disclosure ban, which only the user can
# say is protection or not.
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(head + ["Anmärkning", "Kvarskrivning", "Fritids", "Markering", "Luovutuskielto"])
ws.append(pupil("Alva", "Berg") + [None, None, "Ja", "Nej", None])
ws.append(pupil("Tove", "Lager") + ["Skyddad folkbokföring", None, "Nej", None, None])
ws.append(pupil("Tyra", "Lager") + [None, "Ja", "Ja", None, None])
ws.append(pupil("Nils", "Holm") + [None, None, None, "Ja", None])
ws.append(pupil("Ida", "Sand") + [None, None, None, None, "Kyllä"])
wb.save(os.path.join(out, "privacy_mark_values.xlsx"))

# privacy_hidden_marks.xlsx: the office keeps the protected pupils on a
# hidden sheet, and a leavers' sheet carries a mark too; the visible list
# has no protection column. Both marks protect the pupils of the list.
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(head)
for first, last in [("Alva", "Berg"), ("Tove", "Lager"), ("Ida", "Sand"), ("Leo", "Strand")]:
    ws.append(pupil(first, last))
hid = wb.create_sheet("Skyddade")
hid.sheet_state = "hidden"
hid.append(head + ["Skyddad identitet"])
hid.append(pupil("Tove", "Lager") + ["Ja"])
hid.append(pupil("Alva", "Berg") + ["Nej"])
out_sheet = wb.create_sheet("Utskrivna")
out_sheet.append(head + ["Skyddad identitet"])
row = pupil("Leo", "Strand")
row[2] = "LEO.STRAND@elev.example"
out_sheet.append(row + ["Ja"])
wb.save(os.path.join(out, "privacy_hidden_marks.xlsx"))

# privacy_names_main.xlsx and privacy_names_protected.csv: the office hands
# over "the list of protected pupils" as name, class and Ja, without
# addresses. Tove (9A) is in the main list; Leo is there too, but in 9B
# (the protected list may be older than his change of class: he is
# protected, failing closed); Okänd Person is not in the main list.
wb = Workbook()
ws = wb.active
ws.title = "Elever"
ws.append(head)
for first, last, cls in [("Alva", "Berg", "9A"), ("Tove", "Lager", "9A"), ("Leo", "Strand", "9B")]:
    ws.append(pupil(first, last, cls))
wb.save(os.path.join(out, "privacy_names_main.xlsx"))
with open(os.path.join(out, "privacy_names_protected.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("Förnamn,Efternamn,Klass,Skyddad identitet\r\n")
    f.write("TOVE,Lager ,9 a,Ja\r\nLeo,Strand,9A,Ja\r\nOkänd,Person,9A,Ja\r\n")

# privacy_merged.xlsx: siblings Tove (row 3) and Tyra (row 4) share one
# "Ja" merged over both their rows in the protection column; the class
# 9B is merged down over Ida's and Leo's rows (5 and 6), as a class list
# is often laid out.
wb = Workbook()
ws = wb.active
ws.title = "Klasslista"
ws.append(head + ["Skyddad identitet"])
ws.append(pupil("Alva", "Berg") + ["Nej"])
ws.append(pupil("Tove", "Lager") + ["Ja"])
ws.append(pupil("Tyra", "Lager") + [None])
ws.append(pupil("Ida", "Sand", "9B") + ["Nej"])
ws.append(pupil("Leo", "Strand", None) + ["Nej"])
ws.merge_cells("H3:H4")
ws.merge_cells("D5:D6")
wb.save(os.path.join(out, "privacy_merged.xlsx"))
