package check

import (
	"slices"
	"strings"

	"rosterdesk/internal/i18n"

	"rosterdesk/internal/roster"
)

// spellField tracks the spellings of one field for the spelling rule.
type spellField struct {
	field roster.Field
	// key returns the row's value as compared ("" for none) and, for the
	// email domain, the whole address the fix rewrites.
	key    func(*roster.Row) (string, string)
	values map[string]*spelling
	// buckets maps a deletion key to the values that have it.
	buckets map[string][]string
	// flagged counts the rows whose value has a target.
	flagged int
}

// spelling is one distinct value of a field.
type spelling struct {
	n      int      // rows with this value
	folded string   // foldSpelling of the value
	near   []string // the other values one slip away
	// target is the much more common value this one is a stray spelling
	// of, or "".
	target string
	// counted is how many rows this value adds to flagged.
	counted int
}

func newSpellField(f roster.Field, key func(*roster.Row) (string, string)) *spellField {
	return &spellField{field: f, key: key, values: map[string]*spelling{}, buckets: map[string][]string{}}
}

// add counts one more row with the value k.
func (sf *spellField) add(k string) {
	v := sf.values[k]
	if v == nil {
		v = sf.insert(k)
	}
	v.n++
	sf.judgeAround(v)
}

// remove counts one row fewer with the value k.
func (sf *spellField) remove(k string) {
	v := sf.values[k]
	v.n--
	if v.n > 0 {
		sf.judgeAround(v)
		return
	}
	sf.flagged -= v.counted
	sf.drop(k, v)
	for _, u := range v.near {
		sf.judge(sf.values[u])
	}
}

// insert makes a new value known and links it with its near neighbours.
func (sf *spellField) insert(k string) *spelling {
	v := &spelling{folded: foldSpelling(k)}
	seen := map[string]bool{}
	deletionKeys(v.folded, func(d string) {
		for _, u := range sf.buckets[d] {
			if !seen[u] && nearSpelling(v.folded, sf.values[u].folded) {
				seen[u] = true
				v.near = append(v.near, u)
				uv := sf.values[u]
				uv.near = append(uv.near, k)
			}
		}
		sf.buckets[d] = append(sf.buckets[d], k)
	})
	sf.values[k] = v
	return v
}

// drop forgets a value that no row has any more.
func (sf *spellField) drop(k string, v *spelling) {
	deletionKeys(v.folded, func(d string) {
		b := slices.DeleteFunc(sf.buckets[d], func(u string) bool { return u == k })
		if len(b) == 0 {
			delete(sf.buckets, d)
		} else {
			sf.buckets[d] = b
		}
	})
	for _, u := range v.near {
		uv := sf.values[u]
		uv.near = slices.DeleteFunc(uv.near, func(w string) bool { return w == k })
	}
	delete(sf.values, k)
}

// judgeAround judges a value whose count changed and its neighbours, the
// only values whose target that can change.
func (sf *spellField) judgeAround(v *spelling) {
	sf.judge(v)
	for _, u := range v.near {
		sf.judge(sf.values[u])
	}
}

// judge picks a value's target again and keeps flagged in step.
func (sf *spellField) judge(v *spelling) {
	v.target = ""
	best := 0
	for _, u := range v.near {
		n := sf.values[u].n
		if isRareVariant(v.n, n) && (n > best || n == best && u < v.target) {
			v.target, best = u, n
		}
	}
	counted := 0
	if v.target != "" {
		counted = v.n
	}
	sf.flagged += counted - v.counted
	v.counted = counted
}

// targetOf returns the majority spelling of a value rows have, or "" when
// the value is not a stray one. A target that is itself a stray spelling
// of another is followed, so that one fix lands on the final one.
func (sf *spellField) targetOf(k string) string {
	if k == "" {
		return ""
	}
	t := sf.values[k].target
	for range 3 {
		next := sf.values[t]
		if next == nil || next.target == "" {
			break
		}
		t = next.target
	}
	return t
}

// problem appends the warning on a row whose value k is a stray
// spelling; addr is the row's address, for the email domain.
func (sf *spellField) problem(dst []Problem, id roster.RowID, k, addr string) []Problem {
	t := sf.targetOf(k)
	if t == "" {
		return dst
	}
	fix, label := t, i18n.T("Change to %q", t)
	if sf.field == roster.Email {
		// The label names the domain only: the address is the person's.
		fix, label = addr[:strings.IndexByte(addr, '@')+1]+t, i18n.T("Change the domain to %q", t)
	}
	return append(dst, Problem{Row: id, Field: sf.field, Severity: CodeSpellingVariant.Severity(), Code: CodeSpellingVariant,
		Message: spellMessage(t, sf.values[t].n),
		Fix:     &Fix{Label: label, Value: fix}})
}
