// Package i18n holds the program's words in English, Swedish and Finnish,
// for the window and the command line alike, without depending on Fyne.
//
// A message is a Text: an English format string, which is also its key in
// the translation files, and the arguments to format it with. Rules and
// readers build Texts; whoever shows one picks the language: String gives
// English, In gives any catalog's words. The translation files, in
// assets/translations, use the flat JSON form Fyne's lang package reads,
// so the window registers the very same files with lang.AddTranslationsFS.
package i18n
