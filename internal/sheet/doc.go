// Package sheet reads and writes roster files: import of xlsx and csv,
// export of the upload file and the working copy, upload file naming,
// atomic writes.
package sheet
