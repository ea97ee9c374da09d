package check

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// trickyAddresses are addresses near the edge of plainAddress: each is
// judged by the fast path and by the full one, which must agree.
var trickyAddresses = []string{
	"a@b.se", "alva.lindqvist@elev.solbacka.se", "Alva.Lindqvist@Skola.Example.FI",
	"aino.virtanen+9a@koulu.example.fi", "elev-1@sub-domain.example.se", "x_y@a1.b2.se",
	"o'neil@skola.se", "a!b@skola.se", "a#b@skola.se", "a%b@skola.se", "a/b@skola.se", "a=b@skola.se",
	"åsa.öberg@skola.se", "åsa@skölan.se", "alva@xn--skoln-5qa.se", "alva@bücher.de", "ÅSA@SKOLA.SE",
	"", "@", "a@", "@b.se", "a@b", "a@b.", "a@.b.se", "a@b..se", "a@-b.se", "a@b-.se", "a@b.se-",
	"a@b.s", "a@b.123", "a@b.s3", "a@b.3s", "a@10.0.0.1", "a@[10.0.0.1]", "a@[IPv6:::1]",
	".a@b.se", "a.@b.se", "a..b@b.se", "a@@b.se", "a@b@c.se", "a b@c.se", "a@b.se ", " a@b.se",
	"a\t@b.se", "a\u00a0@b.se", `"a"@b.se`, `"a b"@c.se`, "a(c)@b.se", "(c)a@b.se", "a@b.se(c)",
	"<a@b.se>", "A <a@b.se>", "a(b@c.se", "a)b@c.se", `a"b@c.se`, "a<b@c.se", "a@b(.se", "a,b@c.se", "a;b@c.se", "a:b@c.se", `a\b@c.se`, "a[b]@c.se",
	"a\x00@b.se", "a\x01@b.se", "a\x7f@b.se", "a@b\x00.se", "a@b.se\x00", "a@b_c.se", "a@b.s_e",
	"a@b.se.", "a@b.-se", "a@b.s-e", "a@1.se", "a@b.SE", "-@b.se", "+@b.se", "_@b.se", "a-@b.se",
	"a@b.c.d.e.f.se", "a@ab", "\xff@b.se", "a@b\xff.se", "a@b.s\xff", "a@b.sé", "a\u200b@b.se",
	strings.Repeat("a", 300) + "@" + strings.Repeat("b", 300) + ".se",
}

func TestPlainAddressAgreesWithFull(t *testing.T) {
	var addrs []string
	addrs = append(addrs, trickyAddresses...)
	for i := range 2000 {
		addrs = append(addrs, rostertest.Values(i)[roster.Email])
	}
	for _, row := range cleanRoster(2000, 3).Rows {
		addrs = append(addrs, row.Values[roster.Email])
	}
	plain := 0
	for _, s := range addrs {
		fast := plainAddress(s)
		if fast {
			plain++
		}
		wantReason, wantOK := validateEmailFull(s)
		if fast && !wantOK {
			t.Errorf("plainAddress(%q) = true, but the full check refuses it: %s", s, wantReason)
		}
		if reason, ok := ValidateEmail(s); ok != wantOK || reason.String() != wantReason.String() {
			t.Errorf("ValidateEmail(%q) = %q, %v; the full check says %q, %v", s, reason, ok, wantReason, wantOK)
		}
	}
	// The fast path must take the everyday address, or it saves nothing.
	if plain < len(addrs)-len(trickyAddresses) {
		t.Errorf("plainAddress took %d of %d addresses, want every generated one", plain, len(addrs))
	}
}

func TestPlainAddress(t *testing.T) {
	for _, s := range []string{"a@b.se", "Tova.Lind.7@skola.example.se", "x_y+z-1@a-1.b2.FI"} {
		if !plainAddress(s) {
			t.Errorf("plainAddress(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"a@b", "a@b.s", "a@b.s3", "a@-b.se", "a@b-.se", ".a@b.se", "a.@b.se",
		"a..b@b.se", "a@b..se", "a@b.se.", "a@@b.se", "a@b.sé", "å@b.se", "a b@c.se", "o'neil@skola.se"} {
		if plainAddress(s) {
			t.Errorf("plainAddress(%q) = true, want false", s)
		}
	}
}

// FuzzPlainAddress checks that the fast path changes no result:
// ValidateEmail says what the full check says, and the fast path takes
// nothing the full check refuses.
func FuzzPlainAddress(f *testing.F) {
	for _, s := range trickyAddresses {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wantReason, wantOK := validateEmailFull(s)
		if plainAddress(s) && !wantOK {
			t.Fatalf("plainAddress(%q) = true, but the full check refuses it: %s", s, wantReason)
		}
		if reason, ok := ValidateEmail(s); ok != wantOK || reason.String() != wantReason.String() {
			t.Fatalf("ValidateEmail(%q) = %q, %v; the full check says %q, %v", s, reason, ok, wantReason, wantOK)
		}
	})
}
