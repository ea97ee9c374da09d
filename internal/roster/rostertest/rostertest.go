// Package rostertest makes synthetic rosters of made-up people for the
// benchmarks and the tests of large lists, in every layer: one generator,
// so that a figure measured in check, sheet, editor or the window is about
// the same list. Tests import it; the program does not (layers_test.go).
package rostertest

import (
	"fmt"
	"strings"

	"rosterdesk/internal/roster"
)

var (
	firstNames = []string{"Tova", "Eskil", "Aino", "Liv", "Otto", "Selma", "Vilgot", "Ines", "Åsa", "Örjan"}
	lastNames  = []string{"Lind", "Berg", "Ek", "Dahl", "Holm", "Strand", "Sund", "Vik", "Nyström", "Ågren"}
)

// Schools is how many schools the people are spread over.
const Schools = 40

// Values returns the eight fields of person i: students in classes 1A–9C
// over forty schools in Borås, a teacher in every twenty rows, an address
// of the name and the number, and a numeric SSO id. No two people share
// an address or an id, and the list has no error.
func Values(i int) [roster.NumFields]string {
	f, l := firstNames[i%len(firstNames)], lastNames[(i/len(firstNames))%len(lastNames)]
	role, class := "student", fmt.Sprintf("%d%c", 1+i%9, 'A'+rune(i%3))
	if i%20 == 0 {
		role, class = "teacher", ""
	}
	return [roster.NumFields]string{
		fmt.Sprintf("%s.%s.%d@skola.example.se", f, l, i), f, l, class,
		fmt.Sprintf("Skola %d", i%Schools), "Borås", role, fmt.Sprint(100000000000 + i),
	}
}

// Protected reports whether person i has protected identity: one in 997.
func Protected(i int) bool { return i%997 == 0 }

// Roster returns a roster of n people (Values), none of them protected.
func Roster(n int) *roster.Roster {
	r := roster.New()
	for i := range n {
		r.Append(Values(i))
	}
	return r
}

// TSV returns n people as tab-separated lines, as copied from Excel, with
// no header: for pasting into a document.
func TSV(n int) string {
	var b strings.Builder
	for i := range n {
		v := Values(i)
		b.WriteString(strings.Join(v[:], "\t"))
		b.WriteString("\r\n")
	}
	return b.String()
}
