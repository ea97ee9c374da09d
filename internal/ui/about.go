package ui

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/assets"
)

// fillMetadata gives a binary built without the fyne tool, which finds
// no FyneApp.toml, the metadata that file holds, fyne.Do migration
// included.
func fillMetadata(a fyne.App) {
	m := a.Metadata()
	if m.Name != "" {
		return
	}
	m.ID, m.Name, m.Version, m.Build = assets.AppID, assets.AppName, assets.AppVersion, assets.AppBuild
	if m.Migrations == nil {
		m.Migrations = map[string]bool{}
	}
	m.Migrations["fyneDo"] = true
	app.SetMetadata(m)
}

// aboutDialog says what the program is, its version, and that it sends
// nothing anywhere.
type aboutDialog struct {
	dlg               *dialog.CustomDialog
	version, renderer *widget.Label
}

// rendererText says what draws the window, as the Windows launcher
// (cmd/launcher) tells the program in ROSTERDESK_RENDERER and
// ROSTERDESK_GL_RENDERER; started without it, the computer's OpenGL.
func rendererText(getenv func(string) string) string {
	if getenv("ROSTERDESK_RENDERER") == "software" {
		return lang.L("Graphics: the software renderer (Mesa), because this computer's OpenGL is missing, older than 2.1, or turned off in Preferences.")
	}
	if name := getenv("ROSTERDESK_GL_RENDERER"); name != "" {
		return fmt.Sprintf(lang.L("Graphics: the computer's OpenGL (%s)."), name)
	}
	return lang.L("Graphics: the computer's OpenGL.")
}

// showAbout opens the About dialog.
func (u *UI) showAbout() *aboutDialog {
	m := u.app.Metadata()
	if m.Name == "" { // a test app, or a build whose metadata was not filled
		m.Name, m.Version, m.Build = assets.AppName, assets.AppVersion, assets.AppBuild
	}
	title := boldLabel(m.Name)
	title.SizeName = "headingText"
	a := &aboutDialog{version: widget.NewLabel(fmt.Sprintf(lang.L("Version %s (build %d)"), m.Version, m.Build))}
	what := widget.NewLabel(lang.L("Checks the list of students and teachers and exports the file to upload."))
	what.Wrapping = fyne.TextWrapWord
	private := widget.NewLabel(lang.L("Roster Desk never sends any data: it works without a network, and you upload the file yourself, through your secure link."))
	private.Wrapping = fyne.TextWrapWord
	private.TextStyle.Italic = true
	a.renderer = widget.NewLabel(rendererText(os.Getenv))
	a.renderer.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title, a.version, what, private, a.renderer)
	var content fyne.CanvasObject = box
	if res := u.app.Icon(); res != nil {
		img := canvas.NewImageFromResource(res)
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(72, 72))
		content = container.NewBorder(nil, nil, container.NewVBox(img), nil, box)
	}
	a.dlg = dialog.NewCustom(lang.L("About Roster Desk"), lang.L("Close"), content, u.win)
	// A size, not a wrapped label's one-line minimum, so that the text
	// wraps within it and every line shows.
	a.dlg.Resize(fyne.NewSize(540, 420))
	a.dlg.Show()
	return a
}
