package sheet

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestHeaderNames(t *testing.T) {
	tests := map[string]roster.Field{
		"Email": roster.Email, "E-mail": roster.Email, "E-post": roster.Email, "Epost": roster.Email,
		"E-postadress": roster.Email, "Mail": roster.Email, "Mejl": roster.Email,
		"Email address": roster.Email, "Sähköposti": roster.Email, "Sähköpostiosoite": roster.Email,
		"FirstName": roster.FirstName, "First name": roster.FirstName, "Given name": roster.FirstName,
		"Förnamn": roster.FirstName, "FÖRNAMN": roster.FirstName, "Tilltalsnamn": roster.FirstName,
		"Etunimi": roster.FirstName, "Etunimet": roster.FirstName,
		"LastName": roster.LastName, "last_name": roster.LastName, "Surname": roster.LastName,
		"Family name": roster.LastName, "Efternamn": roster.LastName, "Sukunimi": roster.LastName,
		"Class": roster.Class, "Class name": roster.Class, "Klass": roster.Class, "Klassnamn": roster.Class,
		"Luokka": roster.Class, "Ryhmä": roster.Class, "Grupp": roster.Class,
		"School": roster.School, "School name": roster.School, "Skola": roster.School,
		"Skolenhet": roster.School, "Skolnamn": roster.School, "Enhet": roster.School,
		"Koulu": roster.School, "Toimipiste": roster.School, "Koulu/Toimipiste": roster.School, "Skola/Enhet": roster.School,
		"Municipality": roster.Municipality, "Kommun": roster.Municipality, "Kunta": roster.Municipality,
		"Fo\u0308rnamn": roster.FirstName, "Anva\u0308ndartyp": roster.Role,
		"Role": roster.Role, "Roll": roster.Role, "Rooli": roster.Role, "Användartyp": roster.Role,
		"Type": roster.Role, "User type": roster.Role, "Befattning": roster.Role,
		"Tjänst": roster.Role, "Yrke": roster.Role, "Titel": roster.Role, "Yrkestitel": roster.Role,
		"Tehtävä": roster.Role, "Nimike": roster.Role, "Tehtävänimike": roster.Role, "Job title": roster.Role,
		"SSOID": roster.SSOID, "SSO ID": roster.SSOID, "SSO": roster.SSOID,
		"Single sign-on id": roster.SSOID, "SSO-tunnus": roster.SSOID, " sso.id: ": roster.SSOID,
		// Headers of real exports (tester T58, T59).
		"Skolmail": roster.Email, "Elevmail": roster.Email, "Släktnamn": roster.LastName,
		"Skolans namn": roster.School, "Koulun nimi": roster.School, "Kommunnamn": roster.Municipality,
		"Kunta/kaupunki": roster.Municipality, "Luokka/ryhmä": roster.Class,
		"Roll/befattning": roster.Role, "Käyttäjätyyppi": roster.Role,
		"eduPersonPrincipalName": roster.SSOID, "EPPN": roster.SSOID, "MPASSid": roster.SSOID,
		"UPN": roster.SSOID, "userPrincipalName": roster.SSOID,
		// Combined headers (issue 13).
		"Klass/grupp": roster.Class, "Klass / Grupp": roster.Class, "Class group": roster.Class,
	}
	for name, want := range tests {
		if got, ok := headerNames[foldHeader(name)]; !ok || got != want {
			t.Errorf("header %q = %v, %v; want %v", name, got, ok, want)
		}
	}
	// A school's owner (Huvudman) is a company or foundation as often as
	// a municipality: it never names the upload file (tester T58).
	// Nor is a pupil's home municipality the school's, nor a mentor's
	// group a class.
	for _, name := range []string{"Huvudman", "Hemkommun", "Kotikunta", "Mentorsgrupp", "Mentor", "Basgrupp",
		"Undervisningsgrupp", "Opetusryhmä"} {
		if f, ok := headerNames[foldHeader(name)]; ok {
			t.Errorf("%s is read as %v", name, f)
		}
	}
	for _, name := range []string{"Skyddad identitet", "Skyddade personuppgifter", "Skyddad",
		"Sekretessmarkering", "Sekretess", "Turvakielto", "Protected", "Protected identity",
		"Skyddad folkbokföring", "Sekretessmarkerad", "Sekretessmarkerat", "Personuppgiftsspärr",
		"Skyddad ID", "Suojattu henkilöllisyys", "Protected ID", "Confidential",
		"Skyddad identitet?", "Skyddad\u200b identitet", "SKYDDAD-ID:", "\ufeffTurvakielto"} {
		if !protectedNames[foldHeader(name)] {
			t.Errorf("%q is not a protected-identity header", name)
		}
	}
}

// TestTitleHeaderGivesWayToRole: a job-title column is the Role column
// only when no column is named as a role, wherever the two stand.
func TestTitleHeaderGivesWayToRole(t *testing.T) {
	for _, cells := range [][]string{
		{"Förnamn", "Titel", "Efternamn", "Roll"},
		{"Förnamn", "Roll", "Efternamn", "Titel"},
	} {
		l := readLayout(cells, nil)
		if l.columns[roster.Role] != "Roll" {
			t.Errorf("%q: Role from %q, want Roll", cells, l.columns[roster.Role])
		}
	}
	l := readLayout([]string{"Etunimi", "Sukunimi", "Nimike"}, nil)
	if l.columns[roster.Role] != "Nimike" {
		t.Errorf("Role from %q, want Nimike", l.columns[roster.Role])
	}
}

func TestChooseHeader(t *testing.T) {
	records := []headRecord{
		{[]string{"Elevlista", "", ""}, 1},
		{[]string{"Namn", "Klass", "Skola"}, 2}, // two fields: too few
		{[]string{"Email", "Förnamn", "Efternamn", "Klass"}, 3},
		{[]string{"Email", "Förnamn", "Efternamn", "Skola"}, 4}, // tie: earliest wins
		{[]string{"Email", "Email", "Förnamn", "Efternamn", "Klass", "Skola"}, 5},
	}
	i, l := chooseHeader(records, nil)
	if i != 4 || l.score != 5 {
		t.Fatalf("chooseHeader = %d (score %d), want 4 (score 5)", i, l.score)
	}
	if len(l.extraNames) != 1 || l.extraNames[0] != "Email" {
		t.Errorf("second Email: extra columns %q, want [Email]", l.extraNames)
	}
	if i, _ := chooseHeader(records[:4], nil); i != 2 {
		t.Errorf("tie: chose %d, want 2", i)
	}
	if i, _ := chooseHeader(records[:2], nil); i != -1 {
		t.Errorf("no header: chose %d", i)
	}
}
