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
	firstNames = []string{"Tova", "Eskil", "Aino", "Liv", "Otto", "Selma", "Vilgot", "Ines", "Åsa", "Örjan",
		"Alva", "Elis", "Maja", "Noah", "Ebba", "Hugo", "Wilma", "Loke", "Stella", "Nils",
		"Saga", "Vidar", "Alice", "Melker", "Signe", "Måns", "Agnes", "Algot", "Tyra", "Sixten",
		"Juni", "Elton", "Iris", "Folke", "Vera", "Ture", "Elsa", "Harry", "Edith", "Malte",
		"Nora", "Axel", "Leia", "Gösta", "Frida", "Matteo", "Hedda", "Lucas", "Siri", "Ali"}
	lastNames = []string{"Lind", "Berg", "Ek", "Dahl", "Holm", "Strand", "Sund", "Vik", "Ny", "Åker",
		"Sjö", "Fors", "Ask", "Björk", "Gran", "Hag", "Ljung", "Mal", "Norr", "Öst",
		"Väst", "Sand", "Lund", "Hed", "Rosen", "Sten", "Wall", "Bäck", "Al", "Kvarn"}
	lastEnds = []string{"", "berg", "ström", "qvist", "gren", "lund", "dahl", "holm", "man", "sson",
		"blad", "borg", "stam", "sten", "vall", "by", "näs", "mark", "hed", "ros"}
)

// Schools is how many schools the people are spread over.
const Schools = 40

// names is how many first and last names make up the people's names:
// 50 first names and 600 last names (30 stems, 20 endings).
const names = 30_000

// SameNameEvery is how often a person has the name of another person of
// the same school (with an address of their own): one in 400, so that the
// rule for the same name twice in a school has rows to flag, as a real
// list has a few, while the others are told apart by their names.
const SameNameEvery = 400

// Name returns the first and last name of person i. Within a school
// (the people i, i+40, i+80, ...) the names are all different up to
// 1,200,000 people, except one person in SameNameEvery, who has the name
// of the school's person before them (i-40).
func Name(i int) (first, last string) {
	if i%SameNameEvery == Schools+1 {
		i -= Schools
	}
	p := (i / Schools * 7919) % names // 7919 is prime to names: no repeats
	last = lastNames[p/len(firstNames)%len(lastNames)] + lastEnds[p/len(firstNames)/len(lastNames)]
	return firstNames[p%len(firstNames)], last
}

// asciiLetters writes å, ä and ö as a school's mail system does in an
// address.
var asciiLetters = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "Å", "A", "Ä", "A", "Ö", "O")

// Values returns the eight fields of person i: students in classes 1A–9C
// over forty schools in Borås, a teacher in every twenty rows, names
// (Name) and an address of the name (without å, ä and ö) and the number,
// and a numeric SSO id. No two people share an address or an id, and the
// list has no error.
func Values(i int) [roster.NumFields]string {
	f, l := Name(i)
	role, class := "student", fmt.Sprintf("%d%c", 1+i%9, 'A'+rune(i%3))
	if i%20 == 0 {
		role, class = "teacher", ""
	}
	return [roster.NumFields]string{
		asciiLetters.Replace(fmt.Sprintf("%s.%s.%d@skola.example.se", f, l, i)), f, l, class,
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
