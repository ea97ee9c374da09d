"""Writes the csv fixtures: every delimiter x encoding from rows.tsv, plus
an Excel "sep=" file and a file with a multi-line quoted cell.
All names are made up."""
import csv, io, sys

out = sys.argv[1]
with open("rows.tsv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t"))

delims = {"comma": ",", "semicolon": ";", "tab": "\t"}
encodings = {
    "utf8": ("utf-8", "\n"),
    "utf8bom": ("utf-8-sig", "\r\n"),
    "cp1252": ("cp1252", "\r\n"),  # Swedish Excel: semicolon, cp1252, CRLF
    "utf16le": ("utf-16-le", "\r\n"),
}

def text(rows, delim, eol):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delim, lineterminator=eol).writerows(rows)
    return buf.getvalue()

for dname, d in delims.items():
    for ename, (enc, eol) in encodings.items():
        data = text(rows, d, eol).encode(enc)
        if enc == "utf-16-le":
            data = b"\xff\xfe" + data
        with open(f"{out}/csv_{dname}_{ename}.csv", "wb") as f:
            f.write(data)

with open(f"{out}/csv_sep_line.csv", "wb") as f:
    f.write(("sep=;\r\n" + text(rows, ";", "\r\n")).encode("cp1252"))

multi = [["Titel: elever"], [],
         ["Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "Comment"],
         ["ida.nyberg@skola.example", "Ida", "Nyberg", "6A", "Ekskolan", "Lillköping", "student", "line one\nline two"],
         ["  ", "", "", "", "", "", "", ""],
         ["pia.strand@skola.example", "Pia", "Strand", "", "Ekskolan", "Lillköping", "teacher", "x, y"]]
with open(f"{out}/csv_multiline.csv", "wb") as f:
    f.write(text(multi, ",", "\n").encode("utf-8"))
