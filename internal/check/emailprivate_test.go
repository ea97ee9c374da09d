package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

func TestPrivateDomain(t *testing.T) {
	for _, d := range []string{"gmail.com", "GMAIL.COM", "hotmail.com", "outlook.com", "live.se", "yahoo.com", "yahoo.se", "icloud.com", " me.com"} {
		if !PrivateDomain(d) {
			t.Errorf("PrivateDomain(%q) = false", d)
		}
	}
	for _, d := range []string{"skola.se", "elev.ale.se", "gmail.com.skola.se", "yahoo", "outlook.skola.se", "edu.hel.fi", ""} {
		if PrivateDomain(d) {
			t.Errorf("PrivateDomain(%q) = true", d)
		}
	}
}

// TestEmailPrivate holds that a pupil's address at a private mail service
// is a warning on the cell, and a teacher's or a school address is not.
func TestEmailPrivate(t *testing.T) {
	tests := []struct {
		name   string
		values [roster.NumFields]string
		want   []string
	}{
		{"gmail", person(set(roster.Email, "tova.lind@gmail.com")), []string{"Email email_private warning"}},
		{"Hotmail in capitals", person(set(roster.Email, "Tova.Lind@Hotmail.COM")), []string{"Email email_private warning"}},
		{"yahoo.se", person(set(roster.Email, "tova@yahoo.se")), []string{"Email email_private warning"}},
		{"school", person(set(roster.Email, "tova.lind@skola.se")), nil},
		{"teacher", person(set(roster.Email, "tova.lind@gmail.com"), set(roster.Role, "teacher"), set(roster.Class, "")), nil},
		{"invalid", person(set(roster.Email, "tova lind@gmail.com")), []string{"Email email_invalid error"}},
	}
	for _, tt := range tests {
		r := roster.New()
		r.Append(tt.values)
		got := found(Check(r))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
