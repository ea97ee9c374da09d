package roster

import (
	"strings"
	"unicode/utf8"
)

// gradation maps the consonants before a Finnish stem's last vowel to
// their weak grade, which the genitive takes: Helsinki, Helsingin; Turku,
// Turun; Lahti, Lahden; Lappeenranta, Lappeenrannan; Hanko, Hangon.
var gradation = []struct{ strong, weak string }{
	{"kk", "k"}, {"pp", "p"}, {"tt", "t"}, {"nk", "ng"}, {"mp", "mm"},
	{"lt", "ll"}, {"nt", "nn"}, {"rt", "rr"}, {"ht", "hd"}, {"rk", "r"},
	{"lk", "l"}, {"hk", "h"}, {"t", "d"}, {"k", ""}, {"p", "v"},
}

// finnishVowels are the vowels of Finnish, in lower case.
const finnishVowels = "aeiouyäö"

// finnishGenitive returns the forms the genitive of a Finnish name (in
// lower case) may take: the stem with and without consonant gradation,
// an -i stem also as -e (Rovaniemi, Rovaniemen), -nen as -sen and -sten
// (Kauniainen, Kauniaisten), and a town (-kaupunki) as -kaupungin, Uusi-
// as Uuden-. A genitive the rules miss is not recognised, never guessed.
func finnishGenitive(name string) []string {
	if base, ok := strings.CutSuffix(name, "nen"); ok {
		return []string{base + "sen", base + "sten"}
	}
	if base, ok := strings.CutSuffix(name, "kaupunki"); ok {
		if rest, ok := strings.CutPrefix(base, "uusi"); ok {
			base = "uuden" + rest
		}
		return []string{base + "kaupungin"}
	}
	stems := []string{name}
	switch {
	case strings.HasSuffix(name, "e"):
		stems = []string{name + "e"}
	case strings.HasSuffix(name, "i"):
		stems = append(stems, strings.TrimSuffix(name, "i")+"e")
	}
	var forms []string
	for _, stem := range stems {
		forms = append(forms, stem+"n")
		if weak, ok := weakGrade(stem); ok {
			forms = append(forms, weak+"n")
		}
	}
	return forms
}

// weakGrade returns stem with the consonants before its last vowel in
// their weak grade, when it ends in one short vowel after a consonant
// that has one.
func weakGrade(stem string) (string, bool) {
	r := []rune(stem)
	n := len(r)
	if n < 3 || !isFinnishVowel(r[n-1]) || isFinnishVowel(r[n-2]) {
		return "", false
	}
	body, last := string(r[:n-1]), string(r[n-1:])
	for _, g := range gradation {
		if before, ok := strings.CutSuffix(body, g.strong); ok {
			if len(g.strong) == 1 && !endsInVowel(before) {
				continue
			}
			return before + g.weak + last, true
		}
	}
	return "", false
}

// isFinnishVowel reports whether r is a vowel of Finnish.
func isFinnishVowel(r rune) bool { return strings.ContainsRune(finnishVowels, r) }

// endsInVowel reports whether s ends in a vowel of Finnish.
func endsInVowel(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && isFinnishVowel(r)
}
