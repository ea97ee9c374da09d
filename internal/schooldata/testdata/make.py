#!/usr/bin/env python3
"""Writes the school-data test exports of a small made-up municipality, Ale:
two schools (Norrskolan, Söderskolan), a teacher on both, a pupil in a class
and two teaching groups, a leaver whose enrolment ended before 2026-01-15
(the tests' export date), and, in SS12000, a pupil with protected identity.
Each export is written as a folder and as a zip (by Python's zipfile, a
writer that is not ours). The shapes follow the public specs: the SDS v2.1
CSV samples, the SS12000 reference API's JSON, the OneRoster 1.1 CSV tables.
Run from this folder: python3 make.py
"""
import csv, io, json, os, zipfile

def write_csv(folder, name, header, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

def zip_folder(folder):
    with zipfile.ZipFile(folder + ".zip", "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(os.listdir(folder)):
            z.write(os.path.join(folder, name), folder + "/" + name)

# --- SDS v2.1 -------------------------------------------------------------
write_csv("sds", "orgs.csv", ["sourcedId", "name", "type", "parentSourcedId"], [
    ["d1", "Ale kommun", "district", ""],
    ["s1", "Norrskolan", "school", "d1"],
    ["s2", "Söderskolan", "school", "d1"],
])
write_csv("sds", "users.csv", ["sourcedId", "username", "givenName", "familyName", "password",
                               "activeDirectoryMatchId", "email", "phone", "sms"], [
    ["u1", "elsa.ek@ale.example.se", "Elsa", "Ek", "Secret1!", "ad-1001", "elsa.ek@ale.example.se", "", ""],
    ["u2", "olle.berg@ale.example.se", "Olle", "Berg", "", "ad-1002", "olle.berg@ale.example.se", "", ""],
    ["u3", "nils.holm@ale.example.se", "Nils", "Holm", "", "ad-1003", "nils.holm@ale.example.se", "", ""],
    ["t1", "anna.lind@ale.example.se", "Anna", "Lind", "", "ad-2001", "anna.lind@ale.example.se", "0701234567", ""],
    ["t2", "per.strand@ale.example.se", "Per", "Strand", "", "ad-2002", "per.strand@ale.example.se", "", ""],
    ["a1", "karin.vik@ale.example.se", "Karin", "Vik", "", "ad-3001", "karin.vik@ale.example.se", "", ""],
])
write_csv("sds", "roles.csv", ["userSourcedId", "orgSourcedId", "role", "sessionSourcedId", "grade",
                               "isPrimary", "roleStartDate", "roleEndDate"], [
    ["u1", "s1", "student", "", "09", "true", "2025-08-15", ""],
    ["u2", "s1", "student", "", "09", "true", "2024-08-15", "2025-06-10"],
    ["u3", "s2", "student", "", "08", "true", "", ""],
    ["t1", "s1", "teacher", "", "", "true", "", ""],
    ["t1", "s2", "teacher", "", "", "false", "", ""],
    ["t2", "s2", "teacher", "", "", "true", "", ""],
    ["a1", "s1", "administrator", "", "", "true", "", ""],
])
write_csv("sds", "classes.csv", ["sourcedId", "orgSourcedId", "title", "sessionSourcedIds", "courseSourcedId"], [
    ["c1", "s1", "9A", "", ""],
    ["c2", "s1", "Ma 9 grupp 1", "", ""],
    ["c3", "s1", "Engelska 9A-9B", "", ""],
    ["c4", "s2", "8 B 25/26", "", ""],
    ["c5", "s1", "9B", "", ""],
])
write_csv("sds", "enrollments.csv", ["classSourcedId", "userSourcedId", "role"], [
    ["c1", "u1", "student"], ["c2", "u1", "student"], ["c3", "u1", "student"],
    ["c5", "u2", "student"], ["c4", "u3", "student"],
    ["c1", "t1", "teacher"], ["c2", "t1", "teacher"], ["c4", "t2", "teacher"],
])
zip_folder("sds")

# --- OneRoster 1.1 --------------------------------------------------------
write_csv("oneroster", "manifest.csv", ["propertyName", "value"], [
    ["manifest.version", "1.0"], ["oneroster.version", "1.1"],
    ["file.academicSessions", "absent"], ["file.categories", "absent"], ["file.classes", "bulk"],
    ["file.classResources", "absent"], ["file.courses", "absent"], ["file.courseResources", "absent"],
    ["file.demographics", "absent"], ["file.enrollments", "bulk"], ["file.lineItems", "absent"],
    ["file.orgs", "bulk"], ["file.resources", "absent"], ["file.results", "absent"], ["file.users", "bulk"],
    ["source.systemName", "Exempelsystem"], ["source.systemCode", "ex"],
])
write_csv("oneroster", "orgs.csv", ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"], [
    ["d1", "", "", "Ale kommun", "district", "1440", ""],
    ["s1", "", "", "Norrskolan", "school", "", "d1"],
    ["s2", "", "", "Söderskolan", "school", "", "d1"],
])
UH = ["sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds",
      "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password"]
def user(i, orgs, role, user, given, family, grades=""):
    return [i, "", "", "true", orgs, role, user, "", given, family, "", "", user, "", "", "", grades, ""]
write_csv("oneroster", "users.csv", UH, [
    user("u1", "s1", "student", "elsa.ek@ale.example.se", "Elsa", "Ek", "09"),
    user("u2", "s1", "student", "olle.berg@ale.example.se", "Olle", "Berg", "09"),
    user("u3", "s2", "student", "nils.holm@ale.example.se", "Nils", "Holm", "08"),
    user("t1", "s1,s2", "teacher", "anna.lind@ale.example.se", "Anna", "Lind"),
    user("t2", "s2", "teacher", "per.strand@ale.example.se", "Per", "Strand"),
    user("g1", "s1", "guardian", "lena.ek@example.com", "Lena", "Ek"),
])
CH = ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType",
      "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"]
write_csv("oneroster", "classes.csv", CH, [
    ["c1", "", "", "9A", "09", "k1", "9A", "homeroom", "", "s1", "t2526", "", "", ""],
    ["c2", "", "", "Ma 9 grupp 1", "09", "k2", "MA9-1", "scheduled", "", "s1", "t2526", "Matematik", "", ""],
    ["c3", "", "", "9A", "09", "k3", "EN9A", "scheduled", "", "s1", "t2526", "Engelska", "", ""],
    ["c4", "", "", "8B 25/26", "08", "k1", "8B", "homeroom", "", "s2", "t2526", "", "", ""],
    ["c5", "", "", "9B", "09", "k1", "9B", "homeroom", "", "s1", "t2526", "", "", ""],
])
EH = ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role",
      "primary", "beginDate", "endDate"]
write_csv("oneroster", "enrollments.csv", EH, [
    ["e1", "", "", "c1", "s1", "u1", "student", "false", "2025-08-15", ""],
    ["e2", "", "", "c2", "s1", "u1", "student", "false", "2025-08-15", ""],
    ["e3", "", "", "c3", "s1", "u1", "student", "false", "2025-08-15", ""],
    ["e4", "", "", "c5", "s1", "u2", "student", "false", "2024-08-15", "2025-06-10"],
    ["e5", "", "", "c4", "s2", "u3", "student", "false", "", ""],
    ["e6", "", "", "c1", "s1", "t1", "teacher", "true", "", ""],
    ["e7", "", "", "c4", "s2", "t1", "teacher", "false", "", ""],
    ["e8", "", "", "c4", "s2", "t2", "teacher", "true", "", ""],
])
zip_folder("oneroster")

# --- SS12000 v2.x ---------------------------------------------------------
organisations = [
    {"id": "o-huvudman", "displayName": "Ale kommun", "organisationType": "Huvudman", "municipalityCode": "1440"},
    {"id": "o-norr", "displayName": "Norrskolan", "organisationType": "Skolenhet", "schoolUnitCode": "12345678",
     "municipalityCode": "1440", "parentOrganisation": {"id": "o-huvudman"}},
    {"id": "o-soder", "displayName": "Söderskolan", "organisationType": "Skolenhet", "schoolUnitCode": "23456789",
     "municipalityCode": "1440", "parentOrganisation": {"id": "o-huvudman"}},
]
def person(i, given, family, mail, mark, enrolments=()):
    return {"id": i, "givenName": given, "familyName": family,
            "eduPersonPrincipalNames": [mail], "emails": [{"value": mail, "type": "Skola elev" if enrolments else "Skola personal"}],
            "securityMarking": mark, "personStatus": "Aktiv",
            "enrolments": [{"enroledAt": {"id": at}, "schoolYear": year, "schoolType": "GR", "startDate": s, "endDate": e,
                            "cancelled": False} for at, year, s, e in enrolments]}
persons = [
    person("p-elsa", "Elsa", "Ek", "elsa.ek@ale.example.se", "Ingen", [("o-norr", 9, "2025-08-15", "2026-06-12")]),
    person("p-olle", "Olle", "Berg", "olle.berg@ale.example.se", "Ingen", [("o-norr", 9, "2024-08-15", "2025-06-10")]),
    person("p-nils", "Nils", "Holm", "nils.holm@ale.example.se", "Ingen", [("o-soder", 8, "2025-08-15", "2026-06-12")]),
    person("p-sara", "Sara", "Dal", "sara.dal@ale.example.se", "Skyddad folkbokföring", [("o-soder", 8, "2025-08-15", "2026-06-12")]),
    person("p-anna", "Anna", "Lind", "anna.lind@ale.example.se", "Ingen"),
    person("p-per", "Per", "Strand", "per.strand@ale.example.se", "Ingen"),
]
def group(i, name, kind, org, members):
    return {"id": i, "displayName": name, "groupType": kind, "schoolType": "GR", "organisation": {"id": org},
            "startDate": "2025-08-15", "endDate": "2026-06-12",
            "groupMemberships": [{"person": {"id": m}, "startDate": "2025-08-15", "endDate": "2026-06-12"} for m in members]}
groups = [
    group("g-9a", "9A", "Klass", "o-norr", ["p-elsa"]),
    group("g-ma", "Ma 9 grupp 1", "Undervisning", "o-norr", ["p-elsa", "p-anna"]),
    group("g-en", "Engelska 9A", "Undervisning", "o-norr", ["p-elsa"]),
    group("g-8b", "8B", "Klass", "o-soder", ["p-nils", "p-sara"]),
    {"id": "g-9b-old", "displayName": "9B", "groupType": "Klass", "organisation": {"id": "o-norr"},
     "startDate": "2024-08-15", "endDate": "2025-06-10",
     "groupMemberships": [{"person": {"id": "p-olle"}, "startDate": "2024-08-15", "endDate": "2025-06-10"}]},
]
duties = [
    {"id": "d1", "person": {"id": "p-anna"}, "dutyAt": {"id": "o-norr"}, "dutyRole": "Lärare", "dutyPercent": 60, "startDate": "2020-08-01"},
    {"id": "d2", "person": {"id": "p-anna"}, "dutyAt": {"id": "o-soder"}, "dutyRole": "Förstelärare", "dutyPercent": 40, "startDate": "2020-08-01"},
    {"id": "d3", "person": {"id": "p-per"}, "dutyAt": {"id": "o-soder"}, "dutyRole": "Lärare", "dutyPercent": 100, "startDate": "2019-08-01"},
]
os.makedirs("ss12000", exist_ok=True)
def dump(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
dump("ss12000/persons.json", {"data": persons[:3], "pageToken": "page2"})
dump("ss12000/persons_2.json", {"data": persons[3:]})
dump("ss12000/organisations.json", {"data": organisations})
dump("ss12000/groups.json", {"data": groups})
dump("ss12000/duties.json", {"data": duties})
zip_folder("ss12000")
dump("ss12000-combined.json", {"persons": {"data": persons}, "organisations": {"data": organisations},
                               "groups": {"data": groups}, "duties": duties})
