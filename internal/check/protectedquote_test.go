package check

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// The warning on an unclear mark quotes a short mark, never a protected
// person's personal identity number or new address (tester T26).
func TestProtectedValueQuotesNoPersonalData(t *testing.T) {
	for _, c := range []struct {
		value string
		want  []string // in the message
		never []string // not in it
	}{
		{"Ja, skyddad", []string{`"Ja, skyddad"`}, nil},
		{"Skyddad folkbokföring", []string{`"Skyddad folkbokföring"`}, nil},
		{"20100315-1238", []string{"13 characters"}, []string{"2010", "1238"}},
		{"Ja - ny adress Storgatan 5 Ale", []string{"30 characters", `"Ja"`}, []string{"Storgatan", "Ale\"", "5"}},
		{"ja ny adress storgatan ale kommun", []string{`"ja"`}, []string{"storgatan"}},
		{"tove.lager@gmail.com", []string{"20 characters"}, []string{"tove", "gmail"}},
		{"Sekretessmarkerad sedan 2024-05-01", []string{`"Sekretessmarkerad"`}, []string{"2024"}},
	} {
		p := ProtectedValue(1, "Skyddad identitet", c.value)
		msg := p.Message.String()
		if p.Column != "Skyddad identitet" || p.Code != CodeProtectedValue || p.Field != roster.ProtectedField {
			t.Errorf("%q: %+v", c.value, p)
		}
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%q: message %q lacks %q", c.value, msg, w)
			}
		}
		for _, w := range c.never {
			if strings.Contains(msg, w) {
				t.Errorf("%q: message %q shows %q", c.value, msg, w)
			}
		}
	}
}
