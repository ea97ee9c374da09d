package assets

import "rosterdesk/internal/version"

// The app's name, id, version and build (internal/version), which a
// binary built with plain go build, without FyneApp.toml, gives Fyne as
// its metadata. A test keeps FyneApp.toml equal to them.
const (
	AppName    = version.Name
	AppID      = version.ID
	AppVersion = version.Number
	AppBuild   = version.Build
)
