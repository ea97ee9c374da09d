package roster

import "slices"

// UnsettledMarkColumns returns the indexes of the extra columns whose
// header sounds like a protected-identity mark (SuggestsProtection), or
// whose values do (SetMarkLike), and of which no one has said what they
// hold (SetSettled). Until someone
// does, such a column may hide protected pupils: the roster must not be
// exported.
func (r *Roster) UnsettledMarkColumns() []int {
	var out []int
	for i, name := range r.ExtraColumns {
		if !r.settled[name] && (r.markLike[name] || SuggestsProtection(name)) {
			out = append(out, i)
		}
	}
	return out
}

// SetSettled records whether the user has said what the extra column
// named name holds (protected-identity marks, read into the rows, or
// not a mark at all).
func (r *Roster) SetSettled(name string, settled bool) {
	if !settled {
		delete(r.settled, name)
		return
	}
	if r.settled == nil {
		r.settled = make(map[string]bool)
	}
	r.settled[name] = true
}

// Settled reports whether the user has said what the column named name
// holds.
func (r *Roster) Settled(name string) bool { return r.settled[name] }

// SettledColumns lists the columns SetSettled settled, sorted.
func (r *Roster) SettledColumns() []string {
	out := make([]string, 0, len(r.settled))
	for name := range r.settled {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// SetMarkLike records that the extra column named name holds a value
// that reads as a protection mark (ProtectionTerm, or a yes word under a
// header that HintsMark): whatever its header, it is not passed by until
// the user says what it holds.
func (r *Roster) SetMarkLike(name string) {
	if r.markLike == nil {
		r.markLike = make(map[string]bool)
	}
	r.markLike[name] = true
}

// MarkLike reports whether SetMarkLike was called for the column named
// name.
func (r *Roster) MarkLike(name string) bool { return r.markLike[name] }

// SetMarkOff records that the extra column named name is a
// protected-identity column by its header (Skyddad identitet) that the
// user mapped to target (Ignore, Grade): its marks protect no one, and
// the checker warns on each row a mark in it would protect.
func (r *Roster) SetMarkOff(name, target string) {
	if r.marksOff == nil {
		r.marksOff = make(map[string]string)
	}
	r.marksOff[name] = target
}

// MarkOffColumns returns the indexes of the extra columns SetMarkOff
// named, with the target each was mapped to.
func (r *Roster) MarkOffColumns() (cols []int, targets []string) {
	for i, name := range r.ExtraColumns {
		if t, ok := r.marksOff[name]; ok {
			cols, targets = append(cols, i), append(targets, t)
		}
	}
	return cols, targets
}
