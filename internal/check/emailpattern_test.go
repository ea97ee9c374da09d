package check

import (
	"strings"
	"testing"
)

// The functions below are the name folding of the address-pattern and
// same-name rules as first written, allocating freely: the reference the
// fast ones must agree with.

func foldNameSlow(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch r {
		case ' ', '-', '\'', '’', '\t':
			continue
		}
		b.WriteRune(foldLetter(r))
	}
	return b.String()
}

func isNameAddressSlow(local, first, last string) bool {
	local = strings.ReplaceAll(strings.TrimRight(local, "0123456789"), "-", "")
	dot := strings.IndexByte(local, '.')
	if dot < 0 {
		return false
	}
	f, l := local[:dot], local[dot+1:]
	fits := func(part, name string, word func([]string) string) bool {
		if part == foldNameSlow(name) {
			return true
		}
		w := strings.Fields(name)
		return len(w) > 1 && part == foldNameSlow(word(w))
	}
	return fits(f, first, func(w []string) string { return w[0] }) &&
		fits(l, last, func(w []string) string { return w[len(w)-1] })
}

func holdsNameSlow(local, first, last string) bool {
	local = strings.ReplaceAll(strings.TrimRight(local, "0123456789"), "-", "")
	for _, name := range [...]string{first, last} {
		for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' }) {
			if f := foldNameSlow(w); len(f) >= 2 && strings.Contains(local, f) {
				return true
			}
			if isASCII(w) {
				continue
			}
			if f := foldNameSlow(altLetters.Replace(strings.ToLower(w))); len(f) >= 2 && strings.Contains(local, f) {
				return true
			}
		}
	}
	return false
}

// trickyNames are names near the edges of the fast folding: case,
// letters beyond ASCII, dropped characters, several words, bad UTF-8,
// and longer than the stack buffer.
var trickyNames = []string{
	"", "Anna", "anna", "ANNA", "Åsa", "ÅSA", "Öberg", "Ängel", "José", "Zoë", "Müller", "Løvås", "Anna Lisa",
	"Anna-Lisa", "anna lisa", "O'Neil", "O’Neil", "Berg-Ek", "von Essen", "af Klint", "Anna\tLisa", " Anna ",
	"Anna  Lisa", "Anna\u00a0Lisa", "Anna\u3000Lisa", "İlkay", "ǅemal", "ΣΟΦΙΑ", "Kelvin\u212a", "Å\u0301sa",
	"\xff", "a\xffb", "\xc3", "Bo", "b", "Ek", "Ö", "1a", strings.Repeat("Åsa", 30), strings.Repeat("abc", 30),
	strings.Repeat("A", 64), strings.Repeat("A", 65), "Lindqvist", "lind qvist",
}

// trickyLocals are address names to hold the names above against.
var trickyLocals = []string{
	"anna.berg", "anna.berg2", "anna-lisa.berg", "annalisa.berg", "anna.berg-ek", "anna.bergek", "asa.oberg",
	"aasa.oeberg", "anna", "", ".", "anna.", ".berg", "jose.muller", "zoe.lovas", "oneil.vonessen", "anna.essen",
	"lisa.klint", "x", "bo.ek", "b.e", "anna.lisa.berg", "ilkay.x", "\xff.b", "annalisa", "tova.lind.7",
}

func TestNameFoldingAgreesWithSlow(t *testing.T) {
	for _, name := range trickyNames {
		if got, want := foldName(name), foldNameSlow(name); got != want {
			t.Errorf("foldName(%q) = %q, want %q", name, got, want)
		}
		if !foldedIs(foldNameSlow(name), name) || foldedIs(foldNameSlow(name)+"x", name) {
			t.Errorf("foldedIs disagrees with foldName on %q", name)
		}
	}
	for _, local := range trickyLocals {
		for _, first := range trickyNames {
			for _, last := range trickyNames {
				if got, want := isNameAddress(local, first, last), isNameAddressSlow(local, first, last); got != want {
					t.Errorf("isNameAddress(%q, %q, %q) = %v, want %v", local, first, last, got, want)
				}
				if got, want := holdsName(local, first, last), holdsNameSlow(local, first, last); got != want {
					t.Errorf("holdsName(%q, %q, %q) = %v, want %v", local, first, last, got, want)
				}
			}
		}
	}
	// Names folded into themselves, as the address would have them.
	for _, first := range trickyNames {
		for _, last := range trickyNames {
			local := foldNameSlow(first) + "." + foldNameSlow(last)
			if got, want := isNameAddress(local, first, last), isNameAddressSlow(local, first, last); got != want {
				t.Errorf("isNameAddress(%q, %q, %q) = %v, want %v", local, first, last, got, want)
			}
		}
	}
}

func FuzzNameFolding(f *testing.F) {
	f.Add("anna.berg", "Anna", "Berg")
	f.Add("asa.oberg2", "Åsa Maria", "von Öberg")
	f.Add("aasa", "Åsa", "Ek")
	f.Fuzz(func(t *testing.T, local, first, last string) {
		if got, want := foldName(first), foldNameSlow(first); got != want {
			t.Fatalf("foldName(%q) = %q, want %q", first, got, want)
		}
		if got, want := isNameAddress(local, first, last), isNameAddressSlow(local, first, last); got != want {
			t.Fatalf("isNameAddress(%q, %q, %q) = %v, want %v", local, first, last, got, want)
		}
		if got, want := holdsName(local, first, last), holdsNameSlow(local, first, last); got != want {
			t.Fatalf("holdsName(%q, %q, %q) = %v, want %v", local, first, last, got, want)
		}
	})
}
