package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// heldTheme is Fyne's theme held to one variant, light or dark,
// whatever the system uses.
type heldTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t heldTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the theme of a choice: "light", "dark", or "" (or
// anything else) for the system's.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return heldTheme{theme.DefaultTheme(), theme.VariantLight}
	case themeDark:
		return heldTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// applyTheme sets the app's theme at once; open windows redraw in it.
func applyTheme(a fyne.App, choice string) { a.Settings().SetTheme(themeFor(choice)) }
