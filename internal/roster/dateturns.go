package roster

import (
	"sort"
	"time"
)

// DateTurns are the days on which what a school-data export holds for an
// export date turns: an enrolment, role, duty, group or membership that
// starts, or one that ended the day before. A file read for one
// date reads the same for another when no turn lies between them, and
// must be read again when one does. The zero value has no turns.
type DateTurns struct {
	// days holds each turn as yyyy-mm-dd: the first day on which the
	// file reads otherwise than the day before.
	days map[string]bool
}

// dayLayout is how a turn is kept: as the export formats write a date,
// so that strings compare as days do.
const dayLayout = "2006-01-02"

// Span records the turns of a span valid from start to end, both days
// included, each a yyyy-mm-dd day or "" for open: start itself, and the
// day after end.
func (t *DateTurns) Span(start, end string) {
	if s, err := time.Parse(dayLayout, start); err == nil {
		t.add(s)
	}
	if e, err := time.Parse(dayLayout, end); err == nil {
		t.add(e.AddDate(0, 0, 1))
	}
}

func (t *DateTurns) add(day time.Time) {
	if t.days == nil {
		t.days = map[string]bool{}
	}
	t.days[day.Format(dayLayout)] = true
}

// Merge adds the turns of o.
func (t *DateTurns) Merge(o DateTurns) {
	for d := range o.days {
		if t.days == nil {
			t.days = map[string]bool{}
		}
		t.days[d] = true
	}
}

// Same reports whether a file reads the same for the days a and b: no
// turn comes after the earlier and on or before the later.
func (t DateTurns) Same(a, b time.Time) bool {
	from, to := a.Format(dayLayout), b.Format(dayLayout)
	if from > to {
		from, to = to, from
	}
	for d := range t.days {
		if d > from && d <= to {
			return false
		}
	}
	return true
}

// Days lists the turns in order, as yyyy-mm-dd.
func (t DateTurns) Days() []string {
	out := make([]string, 0, len(t.days))
	for d := range t.days {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}
