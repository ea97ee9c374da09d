package roster

import "strings"

// Namesake reports whether the row of values other may be the person of
// the protected row mark, by name: both have the same first and last
// name (NameKey). A mark with no address or SSOID to be told apart by
// needs nothing more (a list of protected pupils as name, class and
// "Ja" may be older than a change of class or school). A mark with an
// address needs the same school and, where both rows have one, the same
// class too (tester A1): a teacher's class list that gives the pupil a
// private address is the same pupil, while a namesake at another school
// is not. A school or class that one row lacks does not tell them apart,
// so that the rule fails closed.
func Namesake(mark, other *[NumFields]string) bool {
	first, last := NameKey(mark[FirstName]), NameKey(mark[LastName])
	if first == "" || last == "" || NameKey(other[FirstName]) != first || NameKey(other[LastName]) != last {
		return false
	}
	if EmailKey(mark[Email]) == "" && SSOIDKey(mark[SSOID]) == "" {
		return true
	}
	if a, b := SchoolKey(mark[School]), SchoolKey(other[School]); a != "" && b != "" && a != b {
		return false
	}
	return sameClass(mark[Class], other[Class])
}

// sameClass reports whether two class values may be one class: either is
// empty, they are written alike ("4a", "4 A"), or one is only the grade
// of the other.
func sameClass(a, b string) bool {
	pa, pb := ParseClass(a), ParseClass(b)
	if pa.Form == ClassEmpty || pb.Form == ClassEmpty {
		return true
	}
	if pa.Form == ClassGradeOnly || pb.Form == ClassGradeOnly {
		return pa.Grade == pb.Grade && pa.Form != ClassNamed && pb.Form != ClassNamed
	}
	return strings.EqualFold(pa.Canonical, pb.Canonical)
}
