"""Writes dates_openpyxl.xlsx: a pupil list whose end dates are ISO 8601
date cells (t="d", 2026-10-01T00:00:00), as openpyxl writes datetimes with
iso_dates and some school systems' exports do: one leaver, one pupil
whose end date is after the export, one without, and a start date and
time of day beside them. All names are made up. Run with /usr/bin/python3
(it has openpyxl)."""
import datetime
import os
import sys
from openpyxl import Workbook

out = sys.argv[1]

wb = Workbook()
wb.iso_dates = True
ws = wb.active
ws.title = "Elever"
ws.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "Startdatum", "Slutdatum"])
ws.append(["Alva", "Berg", "alva.berg@elev.example", "9A", "Norrskolan", "Lillköping", "Elev",
           datetime.datetime(2020, 8, 17, 8, 30), None])
ws.append(["Leo", "Strand", "leo.strand@elev.example", "9A", "Norrskolan", "Lillköping", "Elev",
           datetime.date(2020, 8, 17), datetime.datetime(2026, 10, 1)])
ws.append(["Maja", "Ström", "maja.strom@elev.example", "9A", "Norrskolan", "Lillköping", "Elev",
           datetime.datetime(2020, 8, 17, 8, 30, 15), datetime.datetime(2027, 6, 11)])
wb.save(os.path.join(out, "dates_openpyxl.xlsx"))
