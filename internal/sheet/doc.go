// Package sheet turns roster files into rosters and rosters into files:
// the import of xlsx (whose cells xlsxread reads) and csv, with the header
// search, the column mapping and protected identity; the export of the
// upload file and the working copy, read back before they replace
// anything (WriteAtomic); upload file naming.
package sheet
