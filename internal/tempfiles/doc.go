// Package tempfiles keeps Roster Desk's temporary files, which hold
// personal data, from being left behind: the private folders in which
// workbooks are read, and the files beside a file being saved. Each is
// held (locked) while its run uses it and removed when the run is
// interrupted; RemoveStale removes what killed runs left.
package tempfiles
