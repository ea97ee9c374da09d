package ui

import "fyne.io/fyne/v2/lang"

// fyneWords are the words Fyne's own file and confirm dialogs are made
// of. Fyne builds a dialog's title by joining two of them ("Save" + " " +
// "File"), and it carries no Finnish, so the translation files hold them
// too, in the small letters such a title needs ("Spara fil", "Avaa
// kansio"); the menu and the export dialog use keys of their own for
// "File" and "Folder". Listing them here keeps the files' check from
// calling them unused; a test checks each is translated.
func fyneWords() []string {
	return []string{
		lang.L("File"), lang.L("Folder"), lang.L("Enter filename"), lang.L("Yes"), lang.L("No"),
		lang.L("OK"), lang.L("Confirm"), lang.L("Show Hidden Files"), lang.L("New Folder"),
		lang.L("Create Folder"), lang.X("file.name", "Name"), lang.X("file.parent", "Parent"),
	}
}
