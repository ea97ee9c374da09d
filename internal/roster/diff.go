package roster

// ChangeKind says how a person differs between two lists.
type ChangeKind int

// The kinds of change between a previous list and a new one.
const (
	Added        ChangeKind = iota // in the new list only
	Removed                        // in the previous list only
	MovedSchool                    // another school
	MovedClass                     // the same school, another class
	EmailChanged                   // another address
)

// String names the kind for scripts: "added", "removed", "moved_school",
// "moved_class", "email_changed".
func (k ChangeKind) String() string {
	return [...]string{"added", "removed", "moved_school", "moved_class", "email_changed"}[k]
}

// Change is one difference: Old or New is nil for an added or removed
// person.
type Change struct {
	Kind     ChangeKind
	Old, New *Row
}

// Diff is what changed between a previous list and a new one.
type Diff struct {
	Changes []Change
	// OldRows and NewRows count the people of each list; Matched those
	// found in both.
	OldRows, NewRows, Matched int
}

// LargeLossShare is the share of the previous list whose disappearance
// looks like the wrong file or half a list rather than pupils leaving.
const LargeLossShare = 0.20

// Removed returns how many people of the previous list are gone.
func (d Diff) Removed() int { return d.OldRows - d.Matched }

// LargeLoss reports whether more than LargeLossShare of the previous
// list is gone.
func (d Diff) LargeLoss() bool {
	return d.OldRows > 0 && float64(d.Removed()) > LargeLossShare*float64(d.OldRows)
}

// Compare finds the people of two lists in each other — by SSOID, then by
// address, then by name and school, each only where it is unique — and
// lists who was added, removed, moved to another school or class, or got
// another address. Blank and protected rows are left out, as the upload
// file leaves them out. Changes come in the new list's order, removals
// last in the previous list's order.
func Compare(old, new *Roster) Diff {
	olds, news := diffRows(old), diffRows(new)
	d := Diff{OldRows: len(olds), NewRows: len(news)}
	match := map[*Row]*Row{}    // new row → old row
	taken := map[*Row]bool{}    // old rows matched
	newTaken := map[*Row]bool{} // new rows matched
	for _, key := range []func(*Row) string{ssoidKey, addressKey, nameSchoolKey} {
		byKey := uniqueBy(olds, key, taken)
		newByKey := uniqueBy(news, key, newTaken)
		for _, n := range news {
			if match[n] != nil {
				continue
			}
			k := key(n)
			if o := byKey[k]; k != "" && o != nil && newByKey[k] == n {
				match[n], taken[o], newTaken[n] = o, true, true
			}
		}
	}
	for _, n := range news {
		o := match[n]
		if o == nil {
			d.Changes = append(d.Changes, Change{Kind: Added, New: n})
			continue
		}
		d.Matched++
		if SchoolKey(o.Values[School]) != SchoolKey(n.Values[School]) {
			d.Changes = append(d.Changes, Change{Kind: MovedSchool, Old: o, New: n})
		} else if ParseClass(o.Values[Class]).Canonical != ParseClass(n.Values[Class]).Canonical {
			d.Changes = append(d.Changes, Change{Kind: MovedClass, Old: o, New: n})
		}
		if addressKey(o) != addressKey(n) {
			d.Changes = append(d.Changes, Change{Kind: EmailChanged, Old: o, New: n})
		}
	}
	for _, o := range olds {
		if !taken[o] {
			d.Changes = append(d.Changes, Change{Kind: Removed, Old: o})
		}
	}
	return d
}

// diffRows returns the rows an upload file would hold.
func diffRows(r *Roster) []*Row {
	var out []*Row
	for _, row := range r.Rows {
		if row.Exported() {
			out = append(out, row)
		}
	}
	return out
}

// uniqueBy maps each key that exactly one row (not taken) has to that row.
func uniqueBy(rows []*Row, key func(*Row) string, taken map[*Row]bool) map[string]*Row {
	out := map[string]*Row{}
	seen := map[string]int{}
	for _, row := range rows {
		if taken[row] {
			continue
		}
		if k := key(row); k != "" {
			seen[k]++
			out[k] = row
		}
	}
	for k, n := range seen {
		if n > 1 {
			delete(out, k)
		}
	}
	return out
}

func ssoidKey(r *Row) string   { return SSOIDKey(r.Values[SSOID]) }
func addressKey(r *Row) string { return EmailKey(r.Values[Email]) }

func nameSchoolKey(r *Row) string {
	first, last, school := NameKey(r.Values[FirstName]), NameKey(r.Values[LastName]), SchoolKey(r.Values[School])
	if first == "" || last == "" {
		return ""
	}
	return first + "\x00" + last + "\x00" + school
}
