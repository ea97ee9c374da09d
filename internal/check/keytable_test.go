package check

import (
	"hash/maphash"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// trickyKeys are keys a table must keep apart: the empty key, a prefix
// of another, å written as one rune (NFC) and as a plus a ring (NFD),
// case, a NUL inside, a long one, bytes that are not UTF-8.
var trickyKeys = []string{
	"", "a", "ab", "abc", "Ab", "åsa@skola.se", "a\u030asa@skola.se", "Åsa@skola.se",
	"a\x00b", "a\x00c", strings.Repeat("x", 300), strings.Repeat("x", 301), "\xff\xfe", "öberg", "oberg",
}

// keyTableHashes are the hashes the tables are tried with: the real one,
// and two that make keys collide, in their slot and in the whole hash,
// so that only the comparison of the keys' bytes tells them apart.
var keyTableHashes = map[string]func(maphash.Seed, string) uint64{
	"maphash": maphash.String,
	"same":    func(maphash.Seed, string) uint64 { return 0xdead_beef_0000_0000 },
	"few": func(_ maphash.Seed, k string) uint64 {
		return uint64(len(k)%3) << 62
	},
	"low": func(s maphash.Seed, k string) uint64 { // all in the same home, tags differ
		return maphash.String(s, k) >> 34
	},
}

// randomKey returns a key from a small set, so that keys come back after
// they were released.
func randomKey(rng *rand.Rand) string {
	if rng.IntN(3) == 0 {
		return trickyKeys[rng.IntN(len(trickyKeys))]
	}
	return "k" + strings.Repeat("é", rng.IntN(3)) + string(rune('a'+rng.IntN(26))) + string(rune('a'+rng.IntN(20)))
}

// TestKeyTableAgainstMap runs random inserts and releases on a keyTable
// and on a Go map that numbers the same keys, and compares them after
// every step: the table's ids, lookups, keys and count. Strings the
// table returned must keep their value after later steps.
func TestKeyTableAgainstMap(t *testing.T) {
	for name, hash := range keyTableHashes {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(len(name))))
			tab := newKeyTable(0)
			tab.hash = hash
			ref := map[string]uint32{}
			type held struct{ view, want string }
			var views []held
			for step := range 10_000 {
				k := randomKey(rng)
				if id, ok := ref[k]; ok && rng.IntN(2) == 0 {
					views = append(views, held{tab.key(id), k})
					tab.release(id)
					delete(ref, k)
				} else {
					id, added := tab.insert(k)
					if was, ok := ref[k]; ok && (added || was != id) {
						t.Fatalf("step %d: insert(%q) = %d, %v; held as %d", step, k, id, added, was)
					}
					if _, ok := ref[k]; !ok && !added {
						t.Fatalf("step %d: insert(%q) of a new key says it was held", step, k)
					}
					ref[k] = id
				}
				if tab.len() != len(ref) {
					t.Fatalf("step %d: len %d, want %d", step, tab.len(), len(ref))
				}
				if step%97 == 0 {
					checkKeyTable(t, &tab, ref)
				}
			}
			checkKeyTable(t, &tab, ref)
			for _, v := range views {
				if v.view != v.want {
					t.Fatalf("a key returned before was %q, is now %q", v.want, v.view)
				}
			}
		})
	}
}

// checkKeyTable compares a table with the ids it should hold.
func checkKeyTable(t *testing.T, tab *keyTable, ref map[string]uint32) {
	t.Helper()
	for k, id := range ref {
		got, ok := tab.find(k)
		if !ok || got != id {
			t.Fatalf("find(%q) = %d, %v; want %d", k, got, ok, id)
		}
		if tab.key(id) != k || !tab.is(id, k) {
			t.Fatalf("key(%d) = %q, want %q", id, tab.key(id), k)
		}
	}
	for _, k := range trickyKeys {
		if _, held := ref[k]; !held {
			if id, ok := tab.find(k); ok {
				t.Fatalf("find(%q) = %d of a key not held (%q)", k, id, tab.key(id))
			}
		}
	}
	n := 0
	for id := range tab.each {
		if ref[tab.key(id)] != id {
			t.Fatalf("each yields id %d of %q, which is not held", id, tab.key(id))
		}
		n++
	}
	if n != len(ref) {
		t.Fatalf("each yields %d ids, want %d", n, len(ref))
	}
}

// TestKeyTableCompacts checks that the released keys' bytes are given
// back: a table whose keys come and go stays the size of those held.
func TestKeyTableCompacts(t *testing.T) {
	tab := newKeyTable(4)
	keep, _ := tab.insert("kept@skola.se")
	for i := range 100_000 {
		id, _ := tab.insert(strings.Repeat("k", 20) + string(rune('a'+i%26)))
		tab.release(id)
	}
	if len(tab.arena) > 16_384 || len(tab.slots) > 64 {
		t.Errorf("arena %d bytes, %d slots for one key", len(tab.arena), len(tab.slots))
	}
	if tab.key(keep) != "kept@skola.se" {
		t.Errorf("the kept key is %q after compacting", tab.key(keep))
	}
}

// TestKeyTableTakesBackReleasedBytes releases a key and puts it back,
// as a row checked again after an edit does: its bytes are taken again,
// not copied anew, while another key is copied.
func TestKeyTableTakesBackReleasedBytes(t *testing.T) {
	tab := newKeyTable(4)
	id, _ := tab.insert("anna.berg@skola.se")
	view := tab.key(id)
	size := len(tab.arena)
	for range 3 {
		tab.release(id)
		id, _ = tab.insert("anna.berg@skola.se")
	}
	if len(tab.arena) != size || tab.dead != 0 {
		t.Errorf("arena %d bytes, %d dead; want %d, 0", len(tab.arena), tab.dead, size)
	}
	tab.release(id)
	other, _ := tab.insert("per.ek@skola.se")
	if tab.key(other) != "per.ek@skola.se" || len(tab.arena) == size || view != "anna.berg@skola.se" {
		t.Errorf("another key after a release: %q, arena %d bytes, the first key now %q", tab.key(other), len(tab.arena), view)
	}
	if _, ok := tab.find("anna.berg@skola.se"); ok {
		t.Error("a released key is found")
	}
}

// BenchmarkKeyTableInsert counts a million distinct addresses.
func BenchmarkKeyTableInsert(b *testing.B) {
	keys := benchKeys(1_000_000)
	for b.Loop() {
		tab := newKeyTable(len(keys))
		tab.reserve(len(keys), 30*len(keys))
		for _, k := range keys {
			tab.insert(k)
		}
	}
}

// BenchmarkKeyTableMap is BenchmarkKeyTableInsert for a Go map, the
// structure the table replaced.
func BenchmarkKeyTableMap(b *testing.B) {
	keys := benchKeys(1_000_000)
	for b.Loop() {
		m := make(map[string]int, len(keys))
		for _, k := range keys {
			m[k]++
		}
	}
}

func benchKeys(n int) []string {
	rng := rand.New(rand.NewPCG(7, 7))
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "elev" + strings.Repeat("x", rng.IntN(8)) + string(rune('a'+rng.IntN(26))) + "." + strconv.Itoa(i) + "@skola.se"
	}
	return keys
}
