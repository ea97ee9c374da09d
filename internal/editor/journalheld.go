package editor

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// What a journal's snapshot keeps of how the list was read, besides its
// rows: without it a restored list is another list. A school-data export
// without marks would lose its error protected_unknown and be exported
// with no one's word on protected identity, a protected row its warning
// that says why, a column that holds a protection term its error (tester
// T48).
type jImport struct {
	// Format is Document.SourceFormat.
	Format string `json:"fmt,omitempty"`
	// MarksUnknown is Document.NeedsNoMarksConfirmation.
	MarksUnknown bool `json:"pu,omitempty"`
	// LeaversDay is the day the list's leavers were decided on.
	LeaversDay *time.Time `json:"ld,omitempty"`
	// MarkLike, MarksOff and Grade are the roster's columns of
	// roster.SetMarkLike, SetMarkOff and SetGradeColumn.
	MarkLike []string   `json:"ml,omitempty"`
	MarksOff []jMarkOff `json:"mo,omitempty"`
	Grade    string     `json:"g,omitempty"`
	Held     []jProblem `json:"held,omitempty"`
	// FileMarks are the rows their file protected (filemarks.go).
	FileMarks []jFileMark `json:"fm,omitempty"`
}

type jFileMark struct {
	ID     roster.RowID `json:"i"`
	Column string       `json:"c,omitempty"`
}

type jMarkOff struct {
	Column string `json:"c"`
	Target string `json:"t"`
}

// jProblem is a problem the checker holds (check.Checker.Hold).
type jProblem struct {
	Row      roster.RowID `json:"r,omitempty"`
	Field    roster.Field `json:"f"`
	Source   int          `json:"s,omitempty"`
	Column   string       `json:"c,omitempty"`
	Severity int          `json:"v"`
	Code     string       `json:"k"`
	Message  jText        `json:"m"`
	Fix      *jFix        `json:"x,omitempty"`
}

type jFix struct {
	Label    jText          `json:"l"`
	Value    string         `json:"v,omitempty"`
	Keep     []roster.RowID `json:"k,omitempty"`
	LeaveOut bool           `json:"o,omitempty"`
	Choices  []jFix         `json:"c,omitempty"`
}

// jText is an i18n.Text: its arguments are text, whole numbers or texts.
type jText struct {
	Format string `json:"f"`
	Args   []jArg `json:"a,omitempty"`
}

type jArg struct {
	S    *string `json:"s,omitempty"`
	I    *int64  `json:"i,omitempty"`
	Text *jText  `json:"t,omitempty"`
}

// encodeImport returns what the snapshot keeps of how d's list was read.
func (d *Document) encodeImport() jImport {
	r := d.roster
	j := jImport{Format: d.format, MarksUnknown: d.protectedUnknown, Grade: r.GradeColumnName()}
	if !d.leaversDay.IsZero() {
		day := d.leaversDay
		j.LeaversDay = &day
	}
	for _, name := range r.ExtraColumns {
		if r.MarkLike(name) {
			j.MarkLike = append(j.MarkLike, name)
		}
	}
	cols, targets := r.MarkOffColumns()
	for i, x := range cols {
		j.MarksOff = append(j.MarksOff, jMarkOff{Column: r.ExtraColumns[x], Target: targets[i]})
	}
	for _, p := range d.checker.HeldProblems() {
		j.Held = append(j.Held, encodeProblem(p))
	}
	for _, id := range slices.Sorted(maps.Keys(d.fileMarks)) {
		j.FileMarks = append(j.FileMarks, jFileMark{ID: id, Column: d.fileMarks[id]})
	}
	return j
}

// decodeColumns gives the roster, before its document is made, the
// columns j names.
func (j jImport) decodeColumns(r *roster.Roster) {
	for _, name := range j.MarkLike {
		r.SetMarkLike(name)
	}
	for _, m := range j.MarksOff {
		r.SetMarkOff(m.Column, m.Target)
	}
	r.SetGradeColumn(j.Grade)
}

// decode gives d what j kept of how its list was read.
func (j jImport) decode(d *Document) error {
	d.format, d.protectedUnknown = j.Format, j.MarksUnknown
	if j.LeaversDay != nil {
		d.leaversDay = *j.LeaversDay
	}
	held := make([]check.Problem, len(j.Held))
	for i, jp := range j.Held {
		p, err := jp.decode()
		if err != nil {
			return err
		}
		held[i] = p
	}
	d.checker.Hold(held...)
	for _, m := range j.FileMarks {
		d.addFileMarks(map[roster.RowID]string{m.ID: m.Column})
	}
	return nil
}

func encodeProblem(p check.Problem) jProblem {
	return jProblem{Row: p.Row, Field: p.Field, Source: p.Source, Column: p.Column, Severity: int(p.Severity),
		Code: string(p.Code), Message: encodeText(p.Message), Fix: encodeFix(p.Fix)}
}

func (jp jProblem) decode() (check.Problem, error) {
	sev := check.Severity(jp.Severity)
	if jp.Code == "" || sev != check.Error && sev != check.Warning || jp.Field < roster.NoField || jp.Field > roster.ProtectedField {
		return check.Problem{}, errors.New("a problem that cannot be read")
	}
	fix, err := jp.Fix.decode()
	if err != nil {
		return check.Problem{}, err
	}
	return check.Problem{Row: jp.Row, Field: jp.Field, Source: jp.Source, Column: jp.Column, Severity: sev,
		Code: check.Code(jp.Code), Message: jp.Message.storedText(), Fix: fix}, nil
}

func encodeFix(f *check.Fix) *jFix {
	if f == nil {
		return nil
	}
	j := &jFix{Label: encodeText(f.Label), Value: f.Value, Keep: f.Keep, LeaveOut: f.LeaveOut}
	for i := range f.Choices {
		j.Choices = append(j.Choices, *encodeFix(&f.Choices[i]))
	}
	return j
}

func (j *jFix) decode() (*check.Fix, error) {
	if j == nil {
		return nil, nil
	}
	f := &check.Fix{Label: j.Label.storedText(), Value: j.Value, Keep: j.Keep, LeaveOut: j.LeaveOut}
	for _, c := range j.Choices {
		choice, err := c.decode()
		if err != nil {
			return nil, err
		}
		f.Choices = append(f.Choices, *choice)
	}
	return f, nil
}

// encodeText keeps t's arguments: text and whole numbers as they are, a
// text as a text, anything else as the text it prints as.
func encodeText(t i18n.Text) jText {
	j := jText{Format: t.Format}
	for _, a := range t.Args {
		var arg jArg
		switch v := a.(type) {
		case string:
			arg.S = &v
		case int:
			n := int64(v)
			arg.I = &n
		case int64:
			arg.I = &v
		case i18n.Text:
			inner := encodeText(v)
			arg.Text = &inner
		default:
			s := fmt.Sprint(v)
			arg.S = &s
		}
		j.Args = append(j.Args, arg)
	}
	return j
}

// storedText returns the text j keeps. Its format is a key the code
// made the problem with, collected there (assets/translations).
func (j jText) storedText() i18n.Text {
	t := i18n.Text{Format: j.Format}
	for _, a := range j.Args {
		switch {
		case a.I != nil:
			t.Args = append(t.Args, int(*a.I))
		case a.Text != nil:
			t.Args = append(t.Args, a.Text.storedText())
		case a.S != nil:
			t.Args = append(t.Args, *a.S)
		default:
			t.Args = append(t.Args, "")
		}
	}
	return t
}
