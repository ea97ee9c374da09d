package main

import (
	"strings"
	"testing"
)

func TestFailureTextSpeaksTheUsersLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, title, word string }{
		{"en", "Roster Desk cannot open its window", "remote desktop"},
		{"sv", "Roster Desk kan inte öppna sitt fönster", "fjärrskrivbord"},
		{"fi", "Roster Desk ei voi avata ikkunaansa", "etätyöpöytä"},
	} {
		title, text := failureText(tc.lang, `C:\Users\anna\Roster Desk`)
		if title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.lang, title, tc.title)
		}
		if !strings.Contains(text, tc.word) {
			t.Errorf("%s: text lacks %q:\n%s", tc.lang, tc.word, text)
		}
		for _, cmd := range []string{`"C:\Users\anna\Roster Desk\roster.exe" check "`, `"C:\Users\anna\Roster Desk\roster.exe" export --out "`} {
			if !strings.Contains(text, cmd) {
				t.Errorf("%s: text lacks the command %s:\n%s", tc.lang, cmd, text)
			}
		}
	}
}

func TestPickLanguage(t *testing.T) {
	for _, tc := range []struct{ chosen, locale, want string }{
		{"", "sv-SE", "sv"},
		{"", "fi-FI", "fi"},
		{"", "de-DE", "en"},
		{"fi", "sv-SE", "fi"},
		{"en", "sv-SE", "en"},
		{"xx", "sv-SE", "sv"},
	} {
		if got := pickLanguage(tc.chosen, tc.locale); got != tc.want {
			t.Errorf("pickLanguage(%q, %q) = %q, want %q", tc.chosen, tc.locale, got, tc.want)
		}
	}
}
