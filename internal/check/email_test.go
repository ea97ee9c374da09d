package check

import (
	"net/mail"
	"strings"
	"testing"
	"unicode"
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
		{"åsa@skölan.se", true, ""},
		{"", false, "empty"},
		{"liam.forsberg.elev.solbacka.se", false, "no @"},
		{"a@@b.se", false, "more than one @"},
		{"a@b@c.se", false, "more than one @"},
		{"alva lindqvist@skola.se", false, "space"},
		{"alva@skola.se ", false, "space"},
		{"alva\u00a0x@skola.se", false, "space"},
		{"alva\t@skola.se", false, "space"},
		{"Alva <alva@skola.se>", false, "space"},
		{"<alva@skola.se>", false, "without a name or angle brackets"},
		{"Alva<alva@skola.se>", false, "without a name or angle brackets"},
		{"@skola.se", false, "before the @"},
		{"alva@", false, "after the @"},
		{"alva@skola", false, `the domain "skola" has no dot`},
		{"alva@skola.", false, "empty part"},
		{"alva@.skola.se", false, "empty part"},
		{"alva@skola..se", false, "empty part"},
		{"alva@-skola.se", false, `"-skola"`},
		{"alva@skola-.se", false, "hyphen"},
		{"alva@skola.se-", false, "hyphen"},
		{"alva@skola.s", false, `".s"`},
		{"alva@skola.123", false, "letters such as .se"},
		{"alva@skola.s3", false, "letters such as .se"},
		{"alva@10.0.0.1", false, "letters such as .se"},
		{"alva@[10.0.0.1]", false, "IP address"},
		{"alva@[IPv6:::1]", false, "IP address"},
		{`"alva"@skola.se`, false, "quotation marks"},
		{`"al va"@skola.se`, false, "space"},
		{`"alva@x"@skola.se`, false, "more than one @"},
		{"alva(kommentar)@skola.se", false, "comment"},
		{"(kommentar)alva@skola.se", false, "comment"},
		{".alva@skola.se", false, "starts or ends with a dot"},
		{"alva.@skola.se", false, "starts or ends with a dot"},
		{"al..va@skola.se", false, "two dots in a row"},
		{"alva@sko_la.se", false, "'_'"},
		{"alva,bo@skola.se", false, "character"},
		{"alva;bo@skola.se", false, "character"},
		{"alva\x01@skola.se", false, "character"},
		{"alva\\@skola.se", false, "character"},
	}
	for _, tt := range tests {
		reason, ok := ValidateEmail(tt.in)
		if ok != tt.ok {
			t.Errorf("ValidateEmail(%q) ok = %v (%s), want %v", tt.in, ok, reason, tt.ok)
			continue
		}
		if !ok && !strings.Contains(reason.String(), tt.reason) {
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
			if reason.IsZero() {
				t.Fatalf("%q refused without a reason", s)
			}
			return
		}
		local, domain, _ := strings.Cut(s, "@")
		if strings.Count(s, "@") != 1 || local == "" || !strings.Contains(domain, ".") ||
			strings.IndexFunc(s, unicode.IsSpace) >= 0 || strings.ContainsAny(s, "\"<>()[]") {
			t.Fatalf("accepted %q", s)
		}
		if !reason.IsZero() {
			t.Fatalf("accepted %q with the reason %q", s, reason)
		}
		if addr, err := mail.ParseAddress(s); err != nil || addr.Address != s || addr.Name != "" {
			t.Fatalf("accepted %q, which net/mail reads as %v, %v", s, addr, err)
		}
	})
}
