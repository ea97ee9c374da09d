package assets

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestFyneAppTOML checks FyneApp.toml at the repository root: the fields
// the fyne tool and the About dialog need, the icon that exists, the
// fyne.Do migration, and the constants that repeat it.
func TestFyneAppTOML(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^\s*` + name + `\s*=\s*"?([^"\n]*)"?\s*$`).FindSubmatch(data)
		if m == nil {
			t.Errorf("FyneApp.toml has no %s", name)
			return ""
		}
		return string(m[1])
	}
	if got := field("Name"); got != AppName {
		t.Errorf("Name = %q, want %q", got, AppName)
	}
	if got := field("ID"); got != AppID {
		t.Errorf("ID = %q, want %q", got, AppID)
	}
	if got := field("Version"); got != AppVersion {
		t.Errorf("Version = %q, want %q", got, AppVersion)
	}
	if got := field("Build"); got != strconv.Itoa(AppBuild) {
		t.Errorf("Build = %q, want %d", got, AppBuild)
	}
	if icon := field("Icon"); icon != "" {
		if _, err := os.Stat(filepath.Join("..", icon)); err != nil {
			t.Errorf("Icon: %v", err)
		}
	}
	if !regexp.MustCompile(`(?m)^\[Migrations\]\s*\n(?:.*\n)*?\s*fyneDo\s*=\s*true`).Match(data) {
		t.Error("FyneApp.toml lacks [Migrations] fyneDo = true")
	}
}
