// Package schooldata reads the school data standards that school systems
// export: Microsoft School Data Sync v2.1 CSV, SS12000 v2.x JSON (saved API
// responses) and OneRoster 1.1 CSV, from a folder, a zip or a single JSON
// file. It joins their entity files (people, organisations, roles, groups,
// enrolments, duties) into one row per person of the upload file: one
// school, one class, one municipality, and says in notices what it chose
// or left out, and in problems where the user must choose.
//
// It knows nothing of xlsx or flat csv rosters; internal/sheet hands it the
// sources that are school-data exports and wraps its Result as an Import.
package schooldata
