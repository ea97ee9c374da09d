package sheet

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// callNames are the folded headers of a call-name column: the one first
// name a person goes by ("Alva" of "Anna Alva Kristina"). Beside a column
// of every legal first name it is the one read as FirstName: teachers
// know their pupils by it, and one name is all the platform needs.
var callNames = map[string]bool{
	"tilltalsnamn": true, "fornamntilltal": true, "kutsumanimi": true,
	"preferredname": true, "preferredfirstname": true,
}

// lastResortNames are the folded headers of a column that is read as a
// field only when no column of the header is named as that field. A
// Basgrupp is the class where a school groups its pupils that way, but
// where a school also has classes it is a smaller group inside one.
// A teaching group (Undervisningsgrupp, Opetusryhmä) is likewise the
// group a pupil studies in where nothing else is, but only one of a
// pupil's groups beside a class column.
// (A Mentorsgrupp is never a class: it is not named here.)
var lastResortNames = map[string]roster.Field{
	"basgrupp": roster.Class, "undervisningsgrupp": roster.Class, "opetusryhma": roster.Class,
	"teachinggroup": roster.Class,
}

// preferredColumns gives, by field, the source column that a header of
// cells reads that field from where the first column named as the field
// is not the one: a call-name column for FirstName, a last-resort column
// when no other names its field. use gives each column's mapping (-1 for
// none); a field the user mapped a column to is left as mapped.
func preferredColumns(cells []string, use []int, mapped map[roster.Field]string) map[roster.Field]int {
	named := map[roster.Field]bool{}
	for i, cell := range cells {
		if use[i] < 0 {
			if f, ok := headerNames[foldHeader(cell)]; ok {
				named[f] = true
			}
		}
	}
	prefer := map[roster.Field]int{}
	for i, cell := range cells {
		if use[i] >= 0 {
			continue
		}
		folded := foldHeader(cell)
		f, last := lastResortNames[folded]
		switch {
		case callNames[folded]:
			f = roster.FirstName
		case !last || named[f]:
			continue
		}
		if _, taken := mapped[f]; taken {
			continue
		}
		if _, ok := prefer[f]; !ok {
			prefer[f] = i
		}
	}
	return prefer
}

// preferredField is the field that column i of header name folded is
// read as, given the preferred columns: its own name's field unless
// another column is preferred for it, or the field it is the preferred
// last-resort column of.
func preferredField(prefer map[roster.Field]int, i int, folded string) (roster.Field, bool) {
	f, ok := headerNames[folded]
	if !ok {
		if f, ok = lastResortNames[folded]; !ok {
			return roster.NoField, false
		}
		if p, has := prefer[f]; !has || p != i {
			return roster.NoField, false
		}
	}
	if p, has := prefer[f]; has && p != i {
		return roster.NoField, false
	}
	return f, true
}

// The notices of a column read in place of the first one named as its
// field.
const (
	// NoticeCallNames: FirstName was read from a call-name column, not
	// from the column of every legal first name.
	NoticeCallNames = "call_names"
	// NoticeClassFromGroup: the classes were read from a column named as
	// a group that may be one (Basgrupp), as no column is named as the
	// class.
	NoticeClassFromGroup = "class_from_group"
)

// preferredUse is what the import did with the preferred columns of its
// header, for its notices.
type preferredUse struct {
	// callName and fullFirst are the headers of the call-name column
	// read as FirstName and of the column of every first name, or "".
	callName, fullFirst string
	// fellBack counts the rows without a call name, which took every
	// first name.
	fellBack int
	// classFrom is the header of a last-resort column read as Class.
	classFrom string
}

// notePreferred keeps which preferred columns layout l reads, for imp's
// notices.
func (imp *Import) notePreferred(l layout) {
	imp.preferred = preferredUse{classFrom: l.lastResort[roster.Class]}
	if l.fullFirst >= 0 {
		imp.preferred.callName, imp.preferred.fullFirst = l.columns[roster.FirstName], l.names[l.fullFirst]
	}
}

// fillFirstName gives a row without a call name every first name, from
// the column kept beside the call names.
func (b *rowBuilder) fillFirstName(row *roster.Row) {
	x := b.layout.fullFirst
	if x < 0 || row.Values[roster.FirstName] != "" {
		return
	}
	e := b.layout.extra[x]
	if e < 0 || e >= len(row.Extra) || row.Extra[e] == "" {
		return
	}
	setField(row, roster.FirstName, row.Extra[e])
	b.imp.preferred.fellBack++
}

// preferredNotices says which preferred columns were read.
func (imp *Import) preferredNotices() {
	p := imp.preferred
	if p.callName != "" {
		msg := i18n.T("read FirstName from the call names (column %q), not from every first name (column %q, kept but not sent)",
			p.callName, p.fullFirst)
		switch {
		case p.fellBack == 1:
			msg = i18n.T("read FirstName from the call names (column %q), not from every first name (column %q, kept but not sent); %d row without a call name has every first name",
				p.callName, p.fullFirst, p.fellBack)
		case p.fellBack > 1:
			msg = i18n.T("read FirstName from the call names (column %q), not from every first name (column %q, kept but not sent); %d rows without a call name have every first name",
				p.callName, p.fullFirst, p.fellBack)
		}
		imp.notice(NoticeCallNames, msg)
	}
	if p.classFrom != "" {
		imp.notice(NoticeClassFromGroup, i18n.T("read the classes from column %q, as no column is named as the class: check that its groups are the classes", p.classFrom))
	}
	imp.preferred = preferredUse{}
}
