package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"rosterdesk/assets/translations"
	"rosterdesk/internal/i18n"
)

// UsePreferences applies what the preferences say before the window is
// built: the language of every lang.L (the system's unless one is chosen)
// and the theme. It also fills in the app's metadata when no FyneApp.toml
// came with the binary.
func UsePreferences(a fyne.App) {
	fillMetadata(a)
	s := settings{a.Preferences()}
	var words languageChoice
	_ = words.use(s.Language())
	applyTheme(a, s.Theme())
}

// languageChoice is the language lang.L speaks. forced records that the
// words of a chosen language were put under the system's locale, so that
// going back to the system's language must put its own words there again.
type languageChoice struct{ forced bool }

// use registers the translation files with Fyne's lang package and makes
// lang.L speak choice: "en", "sv", "fi", or "" for the system's language.
//
// Fyne picks the language itself, from the system's locale, and has no
// call to choose another. So a chosen language that is not the system's
// is registered a second time under the system's locale, which Fyne then
// matches exactly. Fyne's own few words (in its file dialog) fall back to
// English then. Widgets keep the words they were made with: a change
// applies to the next start.
func (c *languageChoice) use(choice string) error {
	data := map[string][]byte{}
	for _, l := range i18n.Languages {
		b, err := translations.Files.ReadFile(l + ".json")
		if err != nil {
			return err
		}
		data[l] = b
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(l)); err != nil {
			return err
		}
	}
	system := lang.SystemLocale()
	natural := i18n.Match(string(system))
	if choice == "" || data[choice] == nil {
		choice = natural
	}
	if choice == natural && !c.forced {
		return nil
	}
	c.forced = choice != natural
	return lang.AddTranslationsForLocale(data[choice], system)
}
