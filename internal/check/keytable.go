package check

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/bits"
	"unsafe"
)

// keyTable numbers distinct keys (addresses, SSO ids, municipalities)
// with small ids, for the indexes that count rows per key. A Go map with
// string keys holds a pointer per key, and a million of them are work for
// the collector on every cycle of a large check; here nothing holds a
// pointer: the keys' bytes are copied into one arena, and the table is
// open addressing over 8-byte slots, each the top half of the key's hash
// and its id. A hash is worked out once per lookup; two keys with the
// same hash stay two keys, as a slot's key is compared byte by byte
// before it is taken.
//
// Ids are dense: the users keep their values per key in slices indexed
// by id, and an id freed by release is handed out again.
type keyTable struct {
	seed maphash.Seed
	// hash is the keys' hash; tests replace it to force collisions.
	hash func(seed maphash.Seed, k string) uint64
	// slots is the open-addressing table (linear probing), a power of two
	// long: 0 for an empty slot, else the hash's top 32 bits and id+1.
	// A key's first slot is given by the top bits of its hash, so a slot
	// says where its key belongs without the key.
	slots []uint64
	shift uint // 64 - log2(len(slots))
	// refs says where each id's key is in arena, its length first (as a
	// uvarint: a byte for a key shorter than 128); freeRef for a free id.
	refs  []keyRef
	arena []byte
	free  []uint32
	n     int // keys held
	dead  int // arena bytes of released keys
	// last is where the key released last is in arena (freeRef for
	// none): a row checked again after an edit releases its keys and
	// puts most of them back, which then take their bytes again instead
	// of copying them anew.
	last keyRef
}

type keyRef uint32

// freeRef marks an id that holds no key.
const freeRef keyRef = math.MaxUint32

// newKeyTable returns a table with room for about keys keys.
func newKeyTable(keys int) keyTable {
	t := keyTable{seed: maphash.MakeSeed(), hash: maphash.String, last: freeRef}
	t.resize(keys)
	return t
}

// resize makes the slots fit keys keys at most three quarters full, and
// puts the keys held into them.
func (t *keyTable) resize(keys int) {
	size := 8
	for size*3/4 < keys {
		size *= 2
	}
	t.slots = make([]uint64, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for id, r := range t.refs {
		if r != freeRef {
			h := t.hash(t.seed, t.keyString(r))
			t.slots[t.emptyFrom(h)] = slotOf(h, uint32(id))
		}
	}
}

// reserve makes room for keys more keys of bytes bytes in all, so that a
// large bulk of them does not grow the table step by step.
func (t *keyTable) reserve(keys, bytes int) {
	if (t.n + keys) > len(t.slots)*3/4 {
		t.resize(t.n + keys)
	}
	if need := len(t.arena) + bytes + keys; need > cap(t.arena) {
		a := make([]byte, len(t.arena), need)
		copy(a, t.arena)
		t.arena = a
	}
	if need := len(t.refs) + keys; need > cap(t.refs) {
		r := make([]keyRef, len(t.refs), need)
		copy(r, t.refs)
		t.refs = r
	}
}

func slotOf(h uint64, id uint32) uint64 { return h&^math.MaxUint32 | (uint64(id) + 1) }

// home returns the first slot of a key of hash h.
func (t *keyTable) home(h uint64) int { return int(h >> t.shift) }

// emptyFrom returns the first empty slot from h's home on.
func (t *keyTable) emptyFrom(h uint64) int {
	mask := len(t.slots) - 1
	i := t.home(h)
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// keyString returns the key of r, sharing the arena's bytes: they are
// never written again once a key is in (the arena only grows, into new
// memory when it moves), so the string stays what it was.
func (t *keyTable) keyString(r keyRef) string {
	start, end := t.bounds(r)
	if start == end {
		return ""
	}
	return unsafe.String(&t.arena[start], end-start)
}

// bounds returns where the bytes of r's key start and end in arena.
func (t *keyTable) bounds(r keyRef) (start, end int) {
	n, w := binary.Uvarint(t.arena[r:])
	start = int(r) + w
	return start, start + int(n)
}

// lookup returns the slot of k, whose hash is h, and its id; or, when k
// is not held, the empty slot where it would go and ok false.
func (t *keyTable) lookup(k string, h uint64) (slot int, id uint32, ok bool) {
	mask := len(t.slots) - 1
	top := h &^ math.MaxUint32
	for i := t.home(h); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return i, 0, false
		}
		if s&^math.MaxUint32 == top {
			id := uint32(s) - 1
			if t.keyString(t.refs[id]) == k {
				return i, id, true
			}
		}
	}
}

// find returns the id of k, if held.
func (t *keyTable) find(k string) (uint32, bool) {
	_, id, ok := t.lookup(k, t.hash(t.seed, k))
	return id, ok
}

// insert returns the id of k, adding k when it is not held yet; added
// says it was.
func (t *keyTable) insert(k string) (id uint32, added bool) {
	h := t.hash(t.seed, k)
	slot, id, ok := t.lookup(k, h)
	if ok {
		return id, false
	}
	if (t.n + 1) > len(t.slots)*3/4 {
		t.resize(t.n + 1)
		slot = t.emptyFrom(h)
	}
	var r keyRef
	if t.last != freeRef && t.keyString(t.last) == k {
		r = t.last
		_, end := t.bounds(r)
		t.dead -= end - int(r)
	} else {
		r = t.store(k)
	}
	t.last = freeRef
	if n := len(t.free); n > 0 {
		id = t.free[n-1]
		t.free = t.free[:n-1]
		t.refs[id] = r
	} else {
		id = uint32(len(t.refs))
		t.refs = append(t.refs, r)
	}
	t.slots[slot] = slotOf(h, id)
	t.n++
	return id, true
}

// store copies k into the arena, first leaving out the released keys'
// bytes when they are most of it.
func (t *keyTable) store(k string) keyRef {
	if t.dead > 4096 && t.dead > len(t.arena)/2 {
		t.compact()
	}
	if uint64(len(t.arena))+uint64(len(k)) >= math.MaxUint32-binary.MaxVarintLen64 {
		panic("check: keys beyond 4 GB")
	}
	r := keyRef(len(t.arena))
	var prefix [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(prefix[:], uint64(len(k)))
	if len(t.arena)+n+len(k) > cap(t.arena) {
		// Doubling, where append grows a large slice by a quarter: a
		// million keys copied a dozen times over is a lot of garbage.
		a := make([]byte, len(t.arena), 2*cap(t.arena)+n+len(k))
		copy(a, t.arena)
		t.arena = a
	}
	t.arena = append(t.arena, prefix[:n]...)
	t.arena = append(t.arena, k...)
	return r
}

// compact copies the keys held into a new arena: the old one may still
// back strings that keyString returned.
func (t *keyTable) compact() {
	a := make([]byte, 0, len(t.arena)-t.dead+len(t.arena)/4)
	for id, r := range t.refs {
		if r != freeRef {
			t.refs[id] = keyRef(len(a))
			_, end := t.bounds(r)
			a = append(a, t.arena[r:end]...)
		}
	}
	t.arena, t.dead = a, 0
}

// release forgets the key of id, which then may be handed out again.
func (t *keyTable) release(id uint32) {
	r := t.refs[id]
	k := t.keyString(r)
	slot, _, ok := t.lookup(k, t.hash(t.seed, k))
	if !ok {
		panic("check: released key not in its table")
	}
	t.refs[id] = freeRef
	t.free = append(t.free, id)
	_, end := t.bounds(r)
	t.dead += end - int(r)
	t.last = r
	t.n--
	// Backward-shift deletion: the keys after the freed slot, up to an
	// empty one, move back into it when their home allows, so that no
	// lookup stops short at the hole.
	mask := len(t.slots) - 1
	hole := slot
	for i := (hole + 1) & mask; t.slots[i] != 0; i = (i + 1) & mask {
		home := t.home(t.slots[i])
		// The key at i stays when its home is cyclically in (hole, i].
		if hole <= i && hole < home && home <= i || hole > i && (hole < home || home <= i) {
			continue
		}
		t.slots[hole] = t.slots[i]
		hole = i
	}
	t.slots[hole] = 0
}

// key returns the key of id, which must be held.
func (t *keyTable) key(id uint32) string { return t.keyString(t.refs[id]) }

// is reports whether id's key is k.
func (t *keyTable) is(id uint32, k string) bool {
	return t.keyString(t.refs[id]) == k
}

// len returns how many keys are held.
func (t *keyTable) len() int { return t.n }

// each yields the id of every key held.
func (t *keyTable) each(yield func(uint32) bool) {
	for id, r := range t.refs {
		if r != freeRef && !yield(uint32(id)) {
			return
		}
	}
}
