package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is Roster Desk's application icon, for the window and the
// welcome screen. It is the only use of Fyne in this package.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
