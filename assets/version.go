package assets

// The app's name, id, version and build, as FyneApp.toml says them, for
// a binary built with plain go build, which carries no FyneApp.toml. A
// test keeps them equal to the file.
const (
	AppName    = "Roster Desk"
	AppID      = "se.rosterdesk.app"
	AppVersion = "0.1.0"
	AppBuild   = 1
)
