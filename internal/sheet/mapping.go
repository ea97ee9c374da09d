package sheet

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// TargetKind says what kind of thing a mapped column holds.
type TargetKind int

// The kinds of mapping target.
const (
	// TargetField: one of the eight fields of the upload file.
	TargetField TargetKind = iota
	// TargetProtected: protected-identity marks, read as the protected
	// column is (see roster.ReadMark).
	TargetProtected
	// TargetIgnore: nothing the program reads; the column is kept as an
	// extra column and, if its header sounds like a protection mark, the
	// user has said it is not one.
	TargetIgnore
	// TargetGrade: the grade (year group) beside a Class column that may
	// hold only the section: kept as an extra column, joined into the
	// class ("7" and "A" make "7A") and checked against it.
	TargetGrade
)

// Target is what the user says a source column holds: a field, protected
// identity, or nothing to read.
type Target struct {
	Kind TargetKind
	// Field is the field of a TargetField, else roster.NoField.
	Field roster.Field
}

// String names the target as --map takes it.
func (t Target) String() string {
	for _, n := range targetOrder {
		if targets[strings.ToLower(n)] == t {
			return n
		}
	}
	return ""
}

// targetOrder lists the targets' names in the order a message lists them.
// A new target is one more name here and one more entry in targets.
var targetOrder = []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality",
	"Role", "SSOID", "Grade", "Protected", "Ignore"}

// targets maps each target's name, in lower case, to the target.
var targets = func() map[string]Target {
	m := map[string]Target{
		"protected": {Kind: TargetProtected, Field: roster.NoField},
		"ignore":    {Kind: TargetIgnore, Field: roster.NoField},
		"grade":     {Kind: TargetGrade, Field: roster.NoField},
	}
	for _, f := range roster.Fields {
		m[strings.ToLower(f.String())] = Target{Kind: TargetField, Field: f}
	}
	return m
}()

// ParseTarget reads a target's name in any case ("email", "PROTECTED").
func ParseTarget(name string) (Target, bool) {
	t, ok := targets[strings.ToLower(strings.TrimSpace(name))]
	return t, ok
}

// TargetNames lists the names ParseTarget takes, for a message.
func TargetNames() []string { return append([]string(nil), targetOrder...) }

// ColumnMap says that the source column under Header holds Target.
type ColumnMap struct {
	Header string
	Target Target
}

// ErrMapSyntax and ErrMapTarget are the reasons ParseColumnMap gives.
var (
	ErrMapSyntax error = &i18n.Error{Message: i18n.T(`a mapping is written "SOURCE HEADER=TARGET"`)}
	ErrMapTarget error = &i18n.Error{Message: i18n.T("a mapping's target is one of %s", strings.Join(targetOrder, ", "))}
)

// ParseColumnMap reads a mapping written "SOURCE HEADER=TARGET"; the last
// "=" divides them, so a header may hold one.
func ParseColumnMap(s string) (ColumnMap, error) {
	i := strings.LastIndexByte(s, '=')
	if i < 0 || mapKey(s[:i]) == "" {
		return ColumnMap{}, ErrMapSyntax
	}
	t, ok := ParseTarget(s[i+1:])
	if !ok {
		return ColumnMap{}, ErrMapTarget
	}
	return ColumnMap{Header: s[:i], Target: t}, nil
}

// mapKey is the form in which a mapping's header meets a source's: in
// any case, without surrounding spaces and invisible characters.
func mapKey(h string) string {
	h = strings.Map(func(r rune) rune {
		if roster.Invisible(r) {
			return -1
		}
		return r
	}, h)
	return strings.ToLower(strings.TrimSpace(roster.Composed(h)))
}

// findMap returns the index in maps of the mapping for a source header,
// or -1.
func findMap(maps []ColumnMap, header string) int {
	if len(maps) == 0 {
		return -1
	}
	k := mapKey(header)
	for i, m := range maps {
		if mapKey(m.Header) == k {
			return i
		}
	}
	return -1
}

// MarkHeader reports whether header names a protected-identity column
// (one the import reads as marks) or sounds like one
// (roster.SuggestsProtection): what such a column holds is a question of
// privacy, which the mapping dialog asks as one.
func MarkHeader(header string) bool {
	return protectedNames[foldHeader(header)] || roster.SuggestsProtection(header)
}

// Rememberable returns maps without those that say a column under a
// MarkHeader is no protection mark (any target but Protected): such an
// answer holds for the file the user looked at, and next month's file
// with the same columns may mark newly protected pupils in it, so the
// column is asked about again, never settled by a remembered choice.
func Rememberable(maps []ColumnMap) []ColumnMap {
	var out []ColumnMap
	for _, m := range maps {
		if m.Target.Kind != TargetProtected && MarkHeader(m.Header) {
			continue
		}
		out = append(out, m)
	}
	return out
}
