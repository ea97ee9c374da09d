package roster

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestParseShortClassAgrees checks the hand-written parser against the
// patterns over every short value it may take and many random ones.
func TestParseShortClassAgrees(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if p, ok := parseShortClass(s); ok {
			if want := parseClassRegexp(s); p != want {
				t.Fatalf("parseShortClass(%q) = %+v, the patterns give %+v", s, p, want)
			}
		}
	}
	alphabet := []rune("0123456789aAzZkKåÅöÖ .:-/\t\n")
	var all func(prefix []rune, depth int)
	all = func(prefix []rune, depth int) {
		check(string(prefix))
		if depth == 0 {
			return
		}
		for _, r := range alphabet {
			all(append(prefix, r), depth-1)
		}
	}
	all(nil, 4)
	for c := range 256 {
		for _, d := range []string{"", "9", "10", "100"} {
			check(d + string(rune(c)))
			check(d + string([]byte{byte(c)}))
		}
	}
	for g := range 100 {
		for _, d := range []string{strconv.Itoa(g), fmt.Sprintf("%02d", g)} {
			check(d)
			for c := range 128 {
				check(d + string(rune(c)))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		b := make([]rune, rng.IntN(5))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		check(string(b))
	}
}
