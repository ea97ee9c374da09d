package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/sheet"
)

// mapFiles says which of the list's files the mapping dialog's columns
// come from: the intro names them, and where there are several each
// column says its file.
type mapFiles struct {
	// of holds each column's files by base name, in the columns' order;
	// all every file once, in the order read.
	of  [][]string
	all []string
}

// mapFilesOf finds the files of cols in u's list.
func (u *UI) mapFilesOf(cols []sheet.SourceColumn) mapFiles {
	var f mapFiles
	for _, c := range cols {
		var names []string
		for _, path := range u.doc.ColumnFiles(c.Header) {
			name := filepath.Base(path)
			names = append(names, name)
			if !slices.Contains(f.all, name) {
				f.all = append(f.all, name)
			}
		}
		f.of = append(f.of, names)
	}
	return f
}

// intro is the dialog's first words: what to do, about the file or files
// the columns are in.
func (f mapFiles) intro() string {
	switch len(f.all) {
	case 0:
		return lang.L("What does each column of the file hold? The values are its first rows. Applying reads the file again with these columns, and the choice is remembered for files with the same columns (but that a column is no protection mark: the next file is asked again).")
	case 1:
		return fmt.Sprintf(lang.L("What does each column of %s hold? The values are its first rows. Applying reads the file again with these columns, and the choice is remembered for files with the same columns (but that a column is no protection mark: the next file is asked again)."), f.all[0])
	}
	return fmt.Sprintf(lang.L("What does each column of %s hold? Under each column is the file it is in; the values are its first rows. Applying reads the files again with these columns, and the choice is remembered for files with the same columns (but that a column is no protection mark: the next file is asked again)."), strings.Join(f.all, ", "))
}

// lost warns that reading the file or files again loses the edits.
func (f mapFiles) lost() string {
	if len(f.all) > 1 {
		return lang.L("The changes you made to the list since it was opened are lost when the files are read again.")
	}
	return lang.L("The changes you made to the list since it was opened are lost when the file is read again.")
}

// heading is the title of the column of source columns.
func (f mapFiles) heading() string {
	if len(f.all) > 1 {
		return lang.L("Column, and its file")
	}
	return lang.L("Column in the file")
}

// header is column i's cell: its header, and below it its file where the
// list has several.
func (f mapFiles) header(i int, label *widget.Label) fyne.CanvasObject {
	if len(f.all) < 2 || len(f.of[i]) == 0 {
		return label
	}
	file := widget.NewLabel(strings.Join(f.of[i], ", "))
	file.Truncation = fyne.TextTruncateEllipsis
	file.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(label, file)
}
