package i18n

import "testing"

func TestTextIn(t *testing.T) {
	sv := Catalog{
		"the domain %q has no dot":      "domänen %q har ingen punkt",
		"not a valid email address: %s": "ingen giltig e-postadress: %s",
	}
	msg := T("not a valid email address: %s", T("the domain %q has no dot", "skola"))
	if got, want := msg.String(), `not a valid email address: the domain "skola" has no dot`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := msg.In(sv), `ingen giltig e-postadress: domänen "skola" har ingen punkt`; got != want {
		t.Errorf("In(sv) = %q, want %q", got, want)
	}
	if got := T("untranslated %d", 3).In(sv); got != "untranslated 3" {
		t.Errorf("a missing key must fall back to English, got %q", got)
	}
	if got := T("100% sure").String(); got != "100% sure" {
		t.Errorf("a Text without arguments is not formatted, got %q", got)
	}
}

func TestMatch(t *testing.T) {
	for in, want := range map[string]string{
		"sv_SE.UTF-8": "sv", "fi-FI": "fi", "fi": "fi", "en_US.UTF-8": "en", "de_DE": "en", "": "en", "svx": "en", "SV": "sv",
	} {
		if got := Match(in); got != want {
			t.Errorf("Match(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadEveryLanguage(t *testing.T) {
	for _, l := range Languages {
		if _, err := Load(l); err != nil {
			t.Error(err)
		}
	}
	if _, err := Load("de"); err == nil {
		t.Error("Load(de) must fail: there is no German")
	}
}
