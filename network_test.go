package rosterdesk_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Roster Desk never uses the network. These tests list the packages both
// programs link and fail on any package outside the standard library that
// imports one able to open a connection, unless it is on the list below
// with the reason it is harmless; and they check in the command line's
// binary that no code able to make a request or accept one is linked.

// canConnect reports whether a package can open a socket or make a
// request. Packages that only parse (net/url, net/mail, net/netip,
// golang.org/x/net/html) cannot.
func canConnect(path string) bool {
	switch path {
	case "net", "net/http", "net/rpc", "net/smtp", "net/textproto", "crypto/tls",
		"github.com/godbus/dbus/v5":
		return true
	}
	for _, prefix := range []string{"net/http/", "net/rpc/", "vendor/golang.org/x/net/http", "golang.org/x/net/"} {
		if strings.HasPrefix(path, prefix) && !strings.HasPrefix(path, "golang.org/x/net/html") {
			return true
		}
	}
	return strings.Contains(path, "grpc") || strings.Contains(path, "websocket") || strings.Contains(path, "quic")
}

// networkImport is a package outside the standard library importing one
// that can connect.
type networkImport struct{ importer, imported string }

// rosterNetworkImports are the only such imports the command line links.
var rosterNetworkImports = map[networkImport]string{
	{"github.com/xuri/excelize/v2", "net/http"}: "http.DetectContentType names the type of a picture added to a workbook (sheet.go); it looks at bytes and sends nothing. TestCommandLineLinksNoNetworkCode checks that no client is linked",
}

// desktopNetworkImports are the only such imports the window links, on
// Linux, Windows and macOS: Fyne v2.7.1's, read in its source.
var desktopNetworkImports = map[networkImport]string{
	{"github.com/xuri/excelize/v2", "net/http"}: "as for the command line",
	{"fyne.io/fyne/v2", "net/http"}:             "fyne.LoadResourceFromURLString does http.Get; Roster Desk's resources are embedded (assets) and it never calls it",
	{"fyne.io/fyne/v2/internal/repository", "net/http"}: "the storage repository for http and https URIs that fyne/app registers; " +
		"Roster Desk reads and writes files by path (file URIs only), so it is never asked for one",
	{"github.com/godbus/dbus/v5", "net"}: "D-Bus: the desktop's message bus, reached over a Unix socket of the user's session, on the computer itself (Linux)",
	{"fyne.io/fyne/v2/app", "github.com/godbus/dbus/v5"}: "on Linux, desktop notifications (Roster Desk sends none) and, " +
		"through the xdg portal, the light or dark theme: a local D-Bus call",
	{"fyne.io/fyne/v2/internal/driver/glfw", "github.com/godbus/dbus/v5"}:        "on Linux, keeping the screen saver off while asked to (Roster Desk never asks): a local D-Bus call",
	{"fyne.io/systray", "github.com/godbus/dbus/v5"}:                             "a system tray icon, over D-Bus on Linux; Roster Desk has none",
	{"fyne.io/systray/internal/generated/menu", "github.com/godbus/dbus/v5"}:     "the tray icon's menu; Roster Desk has none",
	{"fyne.io/systray/internal/generated/notifier", "github.com/godbus/dbus/v5"}: "the tray icon itself; Roster Desk has none",
	{"github.com/godbus/dbus/v5/introspect", "github.com/godbus/dbus/v5"}:        "part of D-Bus",
	{"github.com/godbus/dbus/v5/prop", "github.com/godbus/dbus/v5"}:              "part of D-Bus",
	{"github.com/rymdport/portal/internal/apis", "github.com/godbus/dbus/v5"}:    "the xdg desktop portal, a local D-Bus service (Linux)",
	{"github.com/rymdport/portal/internal/convert", "github.com/godbus/dbus/v5"}: "the xdg desktop portal",
	{"github.com/rymdport/portal/notification", "github.com/godbus/dbus/v5"}:     "portal notifications; Roster Desk sends none",
	{"github.com/rymdport/portal/openuri", "github.com/godbus/dbus/v5"}:          "opening the export folder in the file manager (a file URI)",
	{"github.com/rymdport/portal/settings", "github.com/godbus/dbus/v5"}:         "reading the desktop's light or dark theme",
	{"golang.org/x/sys/windows", "net"}:                                          "only the net.IP type, for a socket address structure (types_windows.go)",
}

// networkImportsOf returns the imports of packages outside the standard
// library, into packages that can connect, of the program at pkg.
func networkImportsOf(t *testing.T, env []string, pkg string) map[networkImport]bool {
	t.Helper()
	found := map[networkImport]bool{}
	for _, p := range listPackages(t, env, "-deps", pkg) {
		if p.Standard {
			continue
		}
		for _, imp := range p.Imports {
			if canConnect(imp) {
				found[networkImport{p.ImportPath, imp}] = true
			}
		}
	}
	return found
}

// checkNetworkImports fails on each import found that allowed lacks, and
// on each allowed one found nowhere: the list stays exact.
func checkNetworkImports(t *testing.T, program string, found map[networkImport]bool, allowed map[networkImport]string) {
	t.Helper()
	for imp := range found {
		if _, ok := allowed[imp]; !ok {
			t.Errorf("%s links %s, which imports %s: Roster Desk never uses the network", program, imp.importer, imp.imported)
		}
	}
	for imp := range allowed {
		if !found[imp] {
			t.Errorf("%s no longer links %s importing %s: take it off the list", program, imp.importer, imp.imported)
		}
	}
}

func TestNoNetworkPackagesBeyondFynes(t *testing.T) {
	systems := []string{"linux", "windows", "darwin"}
	roster := map[networkImport]bool{}
	desktop := map[networkImport]bool{}
	for _, goos := range systems {
		for imp := range networkImportsOf(t, []string{"GOOS=" + goos, "CGO_ENABLED=0"}, "./cmd/roster") {
			roster[imp] = true
		}
		for imp := range networkImportsOf(t, []string{"GOOS=" + goos, "CGO_ENABLED=1"}, "./cmd/rosterdesk") {
			desktop[imp] = true
		}
	}
	checkNetworkImports(t, "cmd/roster", roster, rosterNetworkImports)
	checkNetworkImports(t, "cmd/rosterdesk", desktop, desktopNetworkImports)
	for imp := range desktop {
		if strings.HasPrefix(imp.importer, "rosterdesk") {
			t.Errorf("%s imports %s", imp.importer, imp.imported)
		}
	}
}

// networkSymbol matches the functions of the linked code through which a
// program makes a request, accepts a connection or dials by itself.
var networkSymbol = regexp.MustCompile(`^(net/http\.|crypto/tls\.|net\.(Dial|Listen|\(\*ListenConfig\)|\(\*Dialer\)\.Dial$|\(\*TCPListener\)|\(\*UnixListener\)|ResolveTCPAddr|LookupHost|LookupIP))`)

// allowedNetworkSymbols are those that net/http's package variables keep:
// its init, and DefaultTransport's proxy function (DefaultTransport also
// holds a net.Dialer's DialContext as a value, but no code that reads it,
// no Transport method, is linked).
var allowedNetworkSymbol = regexp.MustCompile(`^(net/http\.(init(\.\d+)?|ProxyFromEnvironment|envProxyFunc(\.func\d+)?)|crypto/tls\.init(\.\d+)?)$`)

// TestCommandLineLinksNoNetworkCode builds cmd/roster and reads the
// functions its binary holds: no HTTP client or server, no TLS, no dial or
// listen call.
func TestCommandLineLinksNoNetworkCode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/roster")
	}
	bin := filepath.Join(t.TempDir(), "roster")
	build := exec.Command("go", "build", "-o", bin, "./cmd/roster")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/roster: %v\n%s", err, out)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	var linked []string
	lines := bufio.NewScanner(bytes.NewReader(out))
	for lines.Scan() {
		fields := strings.Fields(lines.Text())
		if len(fields) < 3 || (fields[len(fields)-2] != "T" && fields[len(fields)-2] != "t") {
			continue
		}
		name := fields[len(fields)-1]
		if networkSymbol.MatchString(name) && !allowedNetworkSymbol.MatchString(name) {
			linked = append(linked, name)
		}
	}
	if len(linked) > 0 {
		slices.Sort(linked)
		t.Errorf("cmd/roster links code that can use the network:\n%s", strings.Join(linked, "\n"))
	}
}
