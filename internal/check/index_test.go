package check

import (
	"math/rand/v2"
	"testing"

	"rosterdesk/internal/roster"
)

// refGroupIndex is groupIndex as it was with Go maps of strings, before
// keyTable: the reference the index is compared with.
type refGroupIndex struct {
	groups map[string]int
	keyOf  map[roster.RowID]string
	shared int
}

func (x *refGroupIndex) add(id roster.RowID, k string) {
	if k == "" {
		return
	}
	g := x.groups[k] + 1
	x.groups[k] = g
	x.keyOf[id] = k
	switch g {
	case 1:
	case 2:
		x.shared += 2
	default:
		x.shared++
	}
}

func (x *refGroupIndex) remove(id roster.RowID) string {
	k, ok := x.keyOf[id]
	if !ok {
		return ""
	}
	delete(x.keyOf, id)
	g := x.groups[k] - 1
	x.groups[k] = g
	switch g {
	case 0:
		delete(x.groups, k)
	case 1:
		x.shared -= 2
	default:
		x.shared--
	}
	return k
}

// TestGroupIndexAgainstMaps adds and removes rows at random, some in a
// bulk, in a groupIndex and in the map-based reference, with the real
// hash and with ones that make keys collide, and compares every answer.
func TestGroupIndexAgainstMaps(t *testing.T) {
	for name, hash := range keyTableHashes {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, uint64(len(name))))
			x := newGroupIndex(nil, 0, 0)
			x.keys.hash = hash
			ref := &refGroupIndex{groups: map[string]int{}, keyOf: map[roster.RowID]string{}}
			const rows = 300
			// A bulk of new rows first, as a check of a whole list adds them.
			for id := roster.RowID(1); id <= rows/2; id++ {
				k := randomKey(rng)
				if got := x.addKeyBulk(id, k); got != k {
					t.Fatalf("addKeyBulk(%q) = %q", k, got)
				}
				ref.add(id, k)
			}
			x.recount()
			mostShared := 0
			compareGroupIndex(t, x, ref, rows)
			for step := range 20_000 {
				id := roster.RowID(1 + rng.IntN(rows))
				if rng.IntN(2) == 0 {
					want := ref.remove(id)
					if got := x.remove(id); got != want {
						t.Fatalf("step %d: remove(%d) = %q, want %q", step, id, got, want)
					}
				} else if _, ok := ref.keyOf[id]; !ok {
					k := randomKey(rng)
					if rng.IntN(2) == 0 {
						k = trickyKeys[rng.IntN(len(trickyKeys))]
					}
					ref.add(id, k)
					if got := x.addKey(id, k); got != k {
						t.Fatalf("step %d: addKey(%q) = %q", step, k, got)
					}
				}
				if x.shared != ref.shared {
					t.Fatalf("step %d: shared %d, want %d", step, x.shared, ref.shared)
				}
				mostShared = max(mostShared, x.shared)
				if step%101 == 0 {
					compareGroupIndex(t, x, ref, rows)
				}
			}
			compareGroupIndex(t, x, ref, rows)
			if mostShared < 10 {
				t.Errorf("at most %d rows shared a key: the test tries too few groups", mostShared)
			}
		})
	}
}

func compareGroupIndex(t *testing.T, x *groupIndex, ref *refGroupIndex, rows int) {
	t.Helper()
	if x.shared != ref.shared || x.indexed() != len(ref.keyOf) {
		t.Fatalf("shared %d, indexed %d; want %d, %d", x.shared, x.indexed(), ref.shared, len(ref.keyOf))
	}
	for id := roster.RowID(0); id <= roster.RowID(rows); id++ {
		want, ok := ref.keyOf[id]
		got, gotOK := x.keyAt(id)
		if got != want || gotOK != ok || x.size(id) != ref.groups[want] || x.hasKey(id, want) != ok {
			t.Fatalf("row %d: key %q, %v, size %d; want %q, %v, %d", id, got, gotOK, x.size(id), want, ok, ref.groups[want])
		}
	}
	for _, k := range trickyKeys {
		if x.rowsOf(k) != ref.groups[k] {
			t.Fatalf("rowsOf(%q) = %d, want %d", k, x.rowsOf(k), ref.groups[k])
		}
	}
	n := 0
	for k, g := range x.counts {
		if ref.groups[k] != g {
			t.Fatalf("counts yields %q: %d, want %d", k, g, ref.groups[k])
		}
		n++
	}
	if n != len(ref.groups) {
		t.Fatalf("counts yields %d keys, want %d", n, len(ref.groups))
	}
}
