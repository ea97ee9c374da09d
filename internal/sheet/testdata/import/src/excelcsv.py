"""What the fixture generators share: a csv file as Swedish Excel saves
"CSV (semikolonavgränsad)": semicolons, Windows-1252, CRLF, no quotes (no
fixture cell holds a semicolon, a quote or a line break)."""
import os


def write_excel_csv(folder, name, rows):
    """Writes rows, lists of strings, to folder/name as Swedish Excel does."""
    with open(os.path.join(folder, name), "w", encoding="cp1252", newline="") as f:
        for row in rows:
            f.write(";".join(row) + "\r\n")
