package check

import (
	"strings"
	"testing"
)

func TestValidateEmail(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		reason string // a word the reason must contain
	}{
		{"alva.lindqvist@elev.solbacka.se", true, ""},
		{"a@b.se", true, ""},
		{"Alva.Lindqvist@Skola.Example.FI", true, ""},
		{"aino.virtanen+9a@koulu.example.fi", true, ""},
		{"o'neil@skola.se", true, ""},
		{"elev-1@sub-domain.example.se", true, ""},
		{"åsa.öberg@skola.se", true, ""}, // valid, but warned about (email_non_ascii)
		{"", false, "empty"},
		{"liam.forsberg.elev.solbacka.se", false, "no @"},
		{"a@@b.se", false, "more than one @"},
		{"a@b@c.se", false, "more than one @"},
		{"alva lindqvist@skola.se", false, "space"},
		{"alva@skola.se ", false, "space"},
		{"@skola.se", false, "before the @"},
		{"alva@", false, "after the @"},
		{"alva@skola", false, "no dot"},
		{"alva@skola.", false, "empty part"},
		{"alva@.skola.se", false, "empty part"},
		{"alva@skola..se", false, "empty part"},
		{"alva@-skola.se", false, "hyphen"},
		{"alva@skola.s", false, "such as .se"},
		{"alva@skola.123", false, "such as .se"},
		{"alva@[10.0.0.1]", false, "character"},
		{`"alva"@skola.se`, false, "character"},
		{"Alva <alva@skola.se>", false, "space"},
		{"alva(kommentar)@skola.se", false, "character"},
		{".alva@skola.se", false, "dot"},
		{"alva.@skola.se", false, "dot"},
		{"al..va@skola.se", false, "dot"},
		{"alva@sko_la.se", false, "character"},
		{"alva,bo@skola.se", false, "character"},
	}
	for _, tt := range tests {
		reason, ok := ValidateEmail(tt.in)
		if ok != tt.ok {
			t.Errorf("ValidateEmail(%q) ok = %v (%s), want %v", tt.in, ok, reason, tt.ok)
			continue
		}
		if !ok && !strings.Contains(reason, tt.reason) {
			t.Errorf("ValidateEmail(%q) reason %q, want it to mention %q", tt.in, reason, tt.reason)
		}
	}
}

func FuzzValidateEmail(f *testing.F) {
	for _, s := range []string{"a@b.se", "a@@b", "x y@z.fi", `"q"@d.se`, "å@ä.ö", "a@b.c.d.se", "@", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		reason, ok := ValidateEmail(s)
		if !ok {
			if reason == "" {
				t.Fatalf("%q refused without a reason", s)
			}
			return
		}
		local, domain, _ := strings.Cut(s, "@")
		if strings.Count(s, "@") != 1 || local == "" || !strings.Contains(domain, ".") ||
			strings.ContainsAny(s, " \t\r\n\"<>()") {
			t.Fatalf("accepted %q", s)
		}
	})
}
