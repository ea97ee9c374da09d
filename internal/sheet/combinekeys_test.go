package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// keySpellings are values whose keys are easy to get wrong: case outside
// ASCII, signs that lower-case to ASCII letters (Kelvin), spaces to tidy
// (NBSP, doubled, around), decomposed letters, bytes that are no UTF-8,
// and values longer than the buffers.
var keySpellings = []string{
	"", " ", "Tova.Lind@Skola.se", " TOVA.LIND@SKOLA.SE ", "Åsa  Öberg", "ÅSA\u00a0ÖBERG", "\u212Aalle",
	"A\u030Asa", "İlkay", "el\xffev", "\xc3", "ΣΟΦΙΑ", "tova lind@x.se", "a\tb", "\u2003Åsa\u2003",
	strings.Repeat("Lärare", 30),
}

// TestKeysInBuffer holds the keys built in a buffer to roster's key
// functions: it fails if appendLowerTidy skips the tidying or lower-cases
// otherwise than strings.ToLower, or if rowKeyMark finds a mark by
// another key, or in another order, than Row.PersonKeys.
func TestKeysInBuffer(t *testing.T) {
	for _, v := range keySpellings {
		if got, want := string(appendLowerTidy(nil, v)), roster.NameKey(v); got != want {
			t.Errorf("appendLowerTidy(%q) = %q, want %q", v, got, want)
		}
	}
	for _, email := range keySpellings {
		for _, id := range []string{"", " ", "ID-7", " id-7 ", "Ö\u00a0"} {
			row := &roster.Row{}
			row.Values[roster.Email], row.Values[roster.SSOID] = email, id
			keys := row.PersonKeys()
			if _, ok := rowKeyMark(map[string]protectedMark{}, row); ok {
				t.Errorf("%q %q: found in no marks", email, id)
			}
			all := map[string]protectedMark{}
			for i, k := range keys {
				mark := protectedMark{keys: []string{k}}
				if got, ok := rowKeyMark(map[string]protectedMark{k: mark}, row); !ok || got.keys[0] != k {
					t.Errorf("%q %q: key %q not found", email, id, k)
				}
				if i == 0 {
					all[k] = mark
				} else {
					all[k] = protectedMark{}
				}
			}
			if got, ok := rowKeyMark(all, row); len(keys) > 0 && (!ok || got.keys[0] != keys[0]) {
				t.Errorf("%q %q: not found by its first key %q", email, id, keys[0])
			}
			// A key of another spelling finds nothing.
			other := map[string]protectedMark{"e:" + email: {}, "s:" + id + "x": {}}
			for _, k := range keys {
				delete(other, k)
			}
			if _, ok := rowKeyMark(other, row); ok {
				t.Errorf("%q %q: found by a key it does not have", email, id)
			}
		}
	}
}

func FuzzAppendLowerTidy(f *testing.F) {
	for _, v := range keySpellings {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := string(appendLowerTidy(nil, v)), roster.EmailKey(v); got != want {
			t.Fatalf("appendLowerTidy(%q) = %q, want %q", v, got, want)
		}
	})
}

// TestNameKeyInBuffer holds appendNameKey to the pair of roster.NameKey:
// two names share a key exactly when both NameKeys are equal, however a
// first name's end and a last name's start could run together.
func TestNameKeyInBuffer(t *testing.T) {
	names := append([]string{"a", "ab", "b", "A B", "a\x00", "\x00b", "\x00\x00\x00\x01a"}, keySpellings...)
	type pair struct{ first, last string }
	var pairs []pair
	for _, f := range names {
		for _, l := range names {
			pairs = append(pairs, pair{f, l})
		}
	}
	for _, p := range pairs {
		var pv [roster.NumFields]string
		pv[roster.FirstName], pv[roster.LastName] = p.first, p.last
		pk := string(appendNameKey(nil, &pv))
		for _, q := range pairs {
			var qv [roster.NumFields]string
			qv[roster.FirstName], qv[roster.LastName] = q.first, q.last
			same := roster.NameKey(p.first) == roster.NameKey(q.first) && roster.NameKey(p.last) == roster.NameKey(q.last)
			if got := pk == string(appendNameKey(nil, &qv)); got != same {
				t.Fatalf("%q and %q: same key %v, want %v", p, q, got, same)
			}
		}
	}
}
