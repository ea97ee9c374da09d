package check

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// TestIdentityNumberInAnyField holds that a personal identity number in
// any field that is sent is an error on that cell, in every written form,
// whatever the column was called: the check is on the values.
func TestIdentityNumberInAnyField(t *testing.T) {
	tests := []struct {
		name   string
		values [roster.NumFields]string
		want   []string
	}{
		{"SSOID YYYYMMDDNNNN", person(set(roster.SSOID, "198112189876")), []string{"SSOID identity_number error"}},
		{"SSOID YYYYMMDD-NNNN", person(set(roster.SSOID, "19811218-9876")), []string{"SSOID identity_number error"}},
		{"SSOID YYMMDD-NNNN", person(set(roster.SSOID, "811218-9876")), []string{"SSOID identity_number error"}},
		{"SSOID co-ordination number", person(set(roster.SSOID, "811278-9873")), []string{"SSOID identity_number error"}},
		{"SSOID henkilötunnus", person(set(roster.SSOID, "131052-308T")), []string{"SSOID identity_number error"}},
		{"SSOID henkilötunnus lower case", person(set(roster.SSOID, "131052-308t")), []string{"SSOID identity_number error"}},
		{"SSOID with spaces", person(set(roster.SSOID, " 811218-9876 ")), []string{"SSOID identity_number error", "SSOID whitespace warning"}},
		{"in the class", person(set(roster.Class, "811218-9876")), []string{"Class identity_number error"}},
		{"wrong check digit is an id", person(set(roster.SSOID, "811218-9875")), nil},
		{"a plain number id", person(set(roster.SSOID, "123456789012")), nil},
		{"an address", person(set(roster.SSOID, "tova.lind@skola.example.se")), nil},
		{"an address made of a personnummer", person(set(roster.Email, "200501021232@skola.se")), []string{"Email identity_number error"}},
		{"an address made of a short personnummer", person(set(roster.Email, "050102-1232@skola.se")), []string{"Email identity_number error"}},
		{"an address made of a henkilötunnus", person(set(roster.Email, "131052-308T@koulu.fi")), []string{"Email identity_number error"}},
		{"an address of a plain number", person(set(roster.Email, "200501021233@skola.se")), nil},
		{"an address with a number in it", person(set(roster.Email, "tova200501021232@skola.se")), nil},
		{"a personnummer as the address", person(set(roster.Email, "200501021232")), []string{"Email email_invalid error", "Email identity_number error"}},
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

// TestIdentityNumberSSOIDFixClears holds that the fix of an SSOID that is
// an identity number clears it, and that no other field is offered one
// (an empty name is no repair).
func TestIdentityNumberSSOIDFixClears(t *testing.T) {
	r := roster.New()
	r.Append(person(set(roster.SSOID, "811218-9876"), set(roster.LastName, "8112189876")))
	for _, p := range Check(r) {
		if p.Code != CodeIdentityNumber {
			continue
		}
		switch {
		case p.Field == roster.SSOID && (p.Fix == nil || p.Fix.Value != ""):
			t.Errorf("SSOID: fix %+v, want one that clears it", p.Fix)
		case p.Field != roster.SSOID && p.Fix != nil:
			t.Errorf("%s: fix %+v, want none", p.Field, p.Fix)
		}
	}
}

// TestIdentityNumberProtectedRowNotChecked holds that a protected row,
// which is never sent, is not held up by its identity number.
func TestIdentityNumberProtectedRowNotChecked(t *testing.T) {
	r := roster.New()
	row := r.Append(person(set(roster.SSOID, "811218-9876")))
	row.Protected = true
	if got := found(Check(r)); len(got) != 0 {
		t.Errorf("got %q, want nothing", got)
	}
}

// TestIdentityNumberSpeaksOfTheCell: the error sits on the row whose
// value is the number and speaks of that value; it never says "this
// column" on one row, where the reader takes it for the column's
// problem and looks for it on the header (A7).
func TestIdentityNumberSpeaksOfTheCell(t *testing.T) {
	r := roster.New()
	for _, id := range []string{"20100115-1234", "20110216-1235", "811218-9876", "20130418-1237"} {
		r.Append(person(set(roster.SSOID, id)))
	}
	var got []Problem
	for _, p := range Check(r) {
		if p.Code == CodeIdentityNumber {
			got = append(got, p)
		}
	}
	if len(got) != 1 || got[0].Row != r.Rows[2].ID {
		t.Fatalf("got %+v, want one error on the third row", got)
	}
	if msg := got[0].Message.String(); msg != "this SSOID is a personal identity number, which must never be sent: clear it, or take SSOID from another column" {
		t.Errorf("message %q", msg)
	}
}
