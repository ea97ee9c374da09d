package xlsxread

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// exponentPattern is what isExponentNumber means, as a regexp.
var exponentPattern = regexp.MustCompile(`^-?\d+(\.\d+)?[Ee]\+?\d{1,2}$`)

func TestIsExponentNumberMatchesPattern(t *testing.T) {
	cases := []string{"", "1", "1E", "1E+", "1E+1", "1E+11", "1E+111", "1e5", "-1.5E+11",
		"1.23456789012E+11", "-E+1", "1.E+1", ".5E+1", "1.5E-11", "1.5E+1x", "x1E+1",
		"--1E+1", "1E++1", "١E+1", "1E+１", "12345", "1.5"}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789-+.eEx"
	for range 200_000 {
		b := make([]byte, rng.IntN(9))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, v := range cases {
		if got, want := isExponentNumber(v), exponentPattern.MatchString(v); got != want {
			t.Fatalf("isExponentNumber(%q) = %v, pattern says %v", v, got, want)
		}
	}
}

func TestNumberAsTyped(t *testing.T) {
	tests := map[string]string{
		"1.23456789012E+11":     "123456789012",
		"1.23456789012e11":      "123456789012",
		"1E+20":                 "1E+20", // Excel's 15 digits: 16 or more are rounded
		"1.234567890123457e+19": "1.23456789012346E+19",
		"1234567890123456789":   "1.23456789012346E+18",
		"-1234567890123456":     "-1.23456789012346E+15",
		"999999999999999":       "999999999999999",
		"1.23456789012345E+14":  "123456789012345",
		"-2.5E+1":               "-25",
		"1.5E+0":                "1.5E+0", // not whole: as stored
		"1.2345E-3":             "1.2345E-3",
		"123456789012":          "123456789012",
		"1.5":                   "1.5",
		"9A":                    "9A",
		"E+11":                  "E+11",
	}
	for in, want := range tests {
		if got := numberAsTyped(in); got != want {
			t.Errorf("numberAsTyped(%q) = %q, want %q", in, got, want)
		}
	}
}
