package roster

import (
	"slices"
	"strings"
	"testing"
)

func TestReadMark(t *testing.T) {
	tests := []struct {
		v    string
		want Mark
	}{
		// The explicit "no" values, in any case, trimmed, without
		// invisible characters.
		{"", MarkNo}, {"   ", MarkNo}, {"Nej", MarkNo}, {"NEI", MarkNo}, {"ej", MarkNo},
		{"Ei", MarkNo}, {"E", MarkNo}, {"n", MarkNo}, {"No", MarkNo}, {"Ingen", MarkNo},
		{"0", MarkNo}, {"false", MarkNo}, {"FALSE", MarkNo}, {"Falskt", MarkNo},
		{"Epätosi", MarkNo}, {"EPÄTOSI", MarkNo}, {"-", MarkNo}, {" nej ", MarkNo},
		{"\u200bNej\ufeff", MarkNo}, {"N\u00adej", MarkNo}, {"\u2060", MarkNo},
		// Known yes values.
		{"Ja", MarkYes}, {"ja\u200b", MarkYes}, {"\ufeffJA", MarkYes}, {"J\u2060a", MarkYes},
		{"Yes", MarkYes}, {"X", MarkYes}, {"1", MarkYes}, {"1.0", MarkYes}, {"TRUE", MarkYes},
		{"Sant", MarkYes}, {"Kyllä", MarkYes}, {"tosi", MarkYes}, {"✓", MarkYes}, {"☒", MarkYes},
		{"Skyddad identitet", MarkYes}, {"Sekretessmarkerat", MarkYes}, {"Turvakielto", MarkYes},
		// Anything else protects too, with a warning.
		{"Ja, skyddad", MarkOther}, {"Yes (protected)", MarkOther}, {"Skyddad ID", MarkOther},
		{"2", MarkOther}, {"2019-05-01", MarkOther}, {"43586", MarkOther},
		{"\u0408\u0430", MarkOther}, // Cyrillic look-alike of "Ja"
		{"N\u043e", MarkOther},      // Cyrillic о in "No": not a no
		{"Nej?", MarkOther}, {"–", MarkOther}, {"okänt", MarkOther}, {"0.5", MarkOther},
	}
	for _, tt := range tests {
		got := ReadMark(tt.v)
		if got != tt.want {
			t.Errorf("ReadMark(%q) = %v, want %v", tt.v, got, tt.want)
		}
		if got.Protected() != (tt.want != MarkNo) {
			t.Errorf("ReadMark(%q).Protected() = %v", tt.v, got.Protected())
		}
	}
}

func TestPlaceholder(t *testing.T) {
	for _, v := range []string{"***", "*", "XXX", "xxxx", "X X", "** **", "Skyddad", "SEKRETESS",
		"hemlig", "Turvakielto", " skyddad\u200b ", "***@skola.se", "xxx@example.com", "skyddad@kommun.se",
		"Skyddad ID", "Skyddad identitet", "Sekretessmarkerad", "skyddad.elev1@skola.se", "elev.sekretess@skola.se",
		"Okänd", "OKÄND", "okand3@skola.se", "N.N.", "NN", "n n", "XX", "Turvakielto", "Salainen", "salainen-2@koulu.fi"} {
		if !Placeholder(v) {
			t.Errorf("Placeholder(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"", " ", "Xander", "Max", "Ann-Sofie", "ann@skola.se", "x.y@skola.se",
		"Skyddadsson", "@skola.se", "\u200b", "nn.andersson@skola.se", "Nina", "Ann", "N.", "Åsa", "Björn",
		"skyddadsson.tova@skola.se", "okandersson@skola.se", "N.N. Berg", "tova.hemlig@skola.se"} {
		if Placeholder(v) {
			t.Errorf("Placeholder(%q) = true, want false", v)
		}
	}
}

func TestSuggestsProtection(t *testing.T) {
	for _, h := range []string{"Skyddsmarkering", "Sekretess kod", "Spärrmarkering", "Personuppgiftsspärr",
		"Turvakieltotieto", "Suojaus", "Protection flag", "CONFIDENTIAL?", "Skydd\u200bad",
		"Kvarskrivning", "Fingerade personuppgifter", "Luovutuskielto", "Tietojen luovutuskielto",
		"Hemlig identitet", "Hemliga uppgifter", "Salainen", "Sekr.", "Restricted", "Secret", "Sensitive",
		"TK", "SI", "securityMarking"} {
		if !SuggestsProtection(h) {
			t.Errorf("SuggestsProtection(%q) = false", h)
		}
	}
	for _, h := range []string{"Personnummer", "Anteckning", "Klass", "Mentor", "", "Fritids", "Sista dag",
		"Sign", "Sisarus", "Tk-nummer", "Elevassistent"} {
		if SuggestsProtection(h) {
			t.Errorf("SuggestsProtection(%q) = true", h)
		}
	}
}

func TestHeaderKey(t *testing.T) {
	tests := map[string]string{
		"Skyddad identitet?":         "skyddadidentitet",
		"Skyddad\u200b identitet":    "skyddadidentitet",
		" skyddad_identitet ":        "skyddadidentitet",
		"Skyddad folkbokföring":      "skyddadfolkbokforing",
		"Sekretessmarkerad (ja/nej)": "sekretessmarkeradjanej",
		"E-post:":                    "epost",
		"\ufeffFörnamn":              "fornamn",
	}
	for in, want := range tests {
		if got := HeaderKey(in); got != want {
			t.Errorf("HeaderKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlaceholderAllocatesNothing(t *testing.T) {
	for _, v := range []string{"Tova", "tova.lind@skola.example.se", "Skyddad", "***", "Åsa-Lena"} {
		if n := testing.AllocsPerRun(100, func() { Placeholder(v) }); n != 0 {
			t.Errorf("Placeholder(%q) allocates %v times", v, n)
		}
	}
	if !Placeholder(strings.Repeat("*", 40)) || Placeholder(strings.Repeat("*", 30)+"a") {
		t.Error("a long row of stars")
	}
}

// TestPlaceholderQuickRejectAgreesWithSlowPath checks plainNoPlaceholder
// never turns away a value placeholderSlow finds a placeholder: every
// short value of letters that start placeholders and of the characters
// placeholders are read around, and each placeholder word and part
// within names and addresses.
func TestPlaceholderQuickRejectAgreesWithSlowPath(t *testing.T) {
	var values []string
	alphabet := []string{"a", "s", "S", "o", "T", "x", "X", "*", ".", "@", "-", "1", " ", "ö", "Ö", "n", "h", "k", "E", "u", "\u200b"}
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		values = append(values, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			grow(prefix+c, n-1)
		}
	}
	grow("", 4)
	var words []string
	for w := range placeholderWords {
		words = append(words, w)
	}
	for w := range placeholderParts {
		words = append(words, w)
	}
	words = append(words, "Skyddad", "SEKRETESS", "Okänd", "ökand", "Ökänd", "N.N.", "n n", "XXXX", "x x", "Hemlig", "Turvakielto", "Salainen")
	for _, w := range slices.Clone(words) {
		// A dot or a space is read past within a key, not within a part.
		words = append(words, w[:1]+"."+w[1:], w[:2]+"."+w[2:], w[:2]+" "+w[2:], w[:2]+"\u200b"+w[2:])
		for i := 3; i <= 5 && i < len(w); i++ {
			words = append(words, w[:i]+"."+w[i:], w[:i]+"-"+w[i:], w[:i]+"e"+w[i:])
		}
	}
	for _, w := range words {
		for _, f := range []string{"%s", "%s1", "1%s", " %s", "a.%s", "a%s", "a-%s", "ab.%s.cd", "ab1%s", "Ab Cd%s"} {
			v := strings.ReplaceAll(f, "%s", w)
			values = append(values, v, v+"@skola.se", v+"@a@b.se", strings.ToUpper(v)+"@skola.se", "Anna."+v+"@s.se")
		}
	}
	fast := 0
	for _, v := range values {
		local, address := v, false
		if at := strings.LastIndexByte(v, '@'); at >= 0 {
			local, address = v[:at], true
		}
		slow := placeholderSlow(local, address)
		if plainNoPlaceholder(local, address) {
			fast++
			if slow {
				t.Errorf("plainNoPlaceholder(%q) turns away a placeholder", v)
			}
		}
		if got := Placeholder(v); got != slow {
			t.Errorf("Placeholder(%q) = %v, the slow path says %v", v, got, slow)
		}
	}
	for w := range placeholderWords {
		if len(w) > 1 && !placeholderPrefix(w[0], w[1]) {
			t.Errorf("placeholderPrefix does not know %q", w)
		}
	}
	for w := range placeholderParts {
		if !partPrefix(w[0], w[1]) {
			t.Errorf("partPrefix does not know %q", w)
		}
	}
	for _, v := range []string{"Anna", "Berg", "anna.berg@skola.se", "Lind-Ek", "lars1@s.se", "Tova", "Tova.Lind.0@skola.se", "Ture", "ture.sund@s.se", "Sune", "Hemming", "Okko", "Salma"} {
		if !plainNoPlaceholder(strings.Split(v, "@")[0], strings.Contains(v, "@")) {
			t.Errorf("plainNoPlaceholder(%q) = false: a plain name or address is to be turned away at once", v)
		}
	}
	if fast == 0 {
		t.Error("no value turned away quickly: the test compares nothing")
	}
}
