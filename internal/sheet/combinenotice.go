package sheet

import (
	"slices"
	"strconv"
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// Codes of the notices about combined sources.
const (
	// NoticeSharedPeople: the same people (by address) are on several
	// sources, as on an "all pupils" sheet and the class sheets.
	NoticeSharedPeople = "people_in_several_sources"
	// NoticeMunicipalityFilled: empty Municipality cells were given the
	// municipality the user named (roster --municipality).
	NoticeMunicipalityFilled = "municipality_filled"
)

// noteSharedPeople protects the copies of a protected person
// (protectCopies) and says, once for every set of sources that share
// people who are not protected, how many people (by address) are on each of them: they show as
// duplicates (email_duplicate), and the notice says where the copies come
// from.
func (imp *Import) noteSharedPeople() {
	kept := imp.Notices[:0]
	for _, n := range imp.Notices {
		if n.Code != NoticeSharedPeople { // said again below, of the whole list
			kept = append(kept, n)
		}
	}
	imp.Notices = kept
	if len(imp.Sources) < 2 {
		if len(imp.outside) > 0 {
			imp.protectCopies()
		}
		imp.protectByName(len(imp.outside) > 0)
		imp.noteLeavers()
		return
	}
	imp.protectCopies()
	imp.protectByName(true)
	imp.noteLeavers()
	where := make(map[string][]int) // address → the sources with it, in order
	for _, row := range imp.Roster.Rows {
		k := roster.EmailKey(row.Values[roster.Email])
		if k == "" || row.Source == 0 || row.Protected { // protected rows are neither checked nor exported
			continue
		}
		if have := where[k]; !slices.Contains(have, row.Source) {
			where[k] = append(have, row.Source)
		}
	}
	count := make(map[string]int) // sources as "1,3" → people on all of them
	var sets []string
	for _, sources := range where {
		if len(sources) < 2 {
			continue
		}
		slices.Sort(sources)
		key := joinInts(sources)
		if count[key] == 0 {
			sets = append(sets, key)
		}
		count[key]++
	}
	slices.SortFunc(sets, func(a, b string) int { return slices.Compare(splitInts(a), splitInts(b)) })
	for _, key := range sets {
		nums := splitInts(key)
		labels := make([]string, len(nums))
		for i, n := range nums {
			labels[i] = imp.Roster.Sources[n-1].Label()
		}
		n := count[key]
		var message i18n.Text
		switch {
		case len(labels) == 2 && n == 1:
			message = i18n.T("%d person is on both %s and %s: each of their rows shows as a duplicate until the one not wanted is deleted", n, labels[0], labels[1])
		case len(labels) == 2:
			message = i18n.T("%d people are on both %s and %s: each of their rows shows as a duplicate until the ones not wanted are deleted", n, labels[0], labels[1])
		case n == 1:
			message = i18n.T("%d person is on all of %s: each of their rows shows as a duplicate until the ones not wanted are deleted", n, strings.Join(labels, ", "))
		default:
			message = i18n.T("%d people are on all of %s: each of their rows shows as a duplicate until the ones not wanted are deleted", n, strings.Join(labels, ", "))
		}
		first := imp.Roster.Sources[nums[0]-1]
		imp.Notices = append(imp.Notices, Notice{File: first.File, Sheet: first.Sheet, Code: NoticeSharedPeople, Message: message})
	}
}

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}

func splitInts(s string) []int {
	var ns []int
	for part := range strings.SplitSeq(s, ",") {
		n, _ := strconv.Atoi(part)
		ns = append(ns, n)
	}
	return ns
}

// fillMunicipality gives every row without a municipality the one the
// user named, and says so in one notice per source that had such rows.
func (imp *Import) fillMunicipality(name string) {
	name, _ = roster.CleanText(name)
	if name = strings.TrimSpace(name); name == "" {
		return
	}
	filled := make(map[int]int)
	for _, row := range imp.Roster.Rows {
		if strings.TrimSpace(row.Values[roster.Municipality]) == "" {
			row.Values[roster.Municipality] = name
			filled[row.Source]++
		}
	}
	for i, s := range imp.Sources {
		n := filled[i+1]
		if n == 0 {
			continue
		}
		message := i18n.T("filled in Municipality %q on %d rows that had none", name, n)
		if n == 1 {
			message = i18n.T("filled in Municipality %q on %d row that had none", name, n)
		}
		imp.Notices = append(imp.Notices, Notice{File: s.File, Sheet: s.Sheet, Code: NoticeMunicipalityFilled, Message: message})
	}
}
