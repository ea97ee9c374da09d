package roster

import "testing"

func TestIdentityNumber(t *testing.T) {
	// Made-up numbers with right check digits.
	for _, v := range []string{
		"811218-9876", "8112189876", "198112189876", "19811218-9876", "811218+9876",
		"811278-9873", // co-ordination number (day + 60)
		"131052-308T", "010594Y9032", "020516C903K",
	} {
		if !IdentityNumber(v) {
			t.Errorf("IdentityNumber(%q) = false, want true", v)
		}
	}
	for _, v := range []string{
		"811218-9875", // wrong check digit
		"811318-9870", // month 13
		"ann@skola.se", "9A", "12345", "123456789012", "131052-308U", "", "Borås",
		"2023-05-01",
	} {
		if IdentityNumber(v) {
			t.Errorf("IdentityNumber(%q) = true, want false", v)
		}
	}
}
