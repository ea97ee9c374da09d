package roster

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// protectionTerms are the keys (see markKey) of the words that name a
// protected identity, in Swedish, Finnish and English: a value holding
// one in a column that is not read as a mark says the person may be
// protected, whatever the column's header.
var protectionTerms = termBytes(
	"skyddadidentitet", "skyddadfolkbokföring", "skyddadepersonuppgifter",
	"sekretessmarkering", "sekretessmarkerad", "sekretessmarkerat",
	"kvarskriv", "fingeradepersonuppgifter", "fingeradpersonuppgift",
	"turvakielto", "luovutuskielto", "suojattuhenkilöllisyys",
	"protectedidentity",
)

func termBytes(terms ...string) [][]byte {
	out := make([][]byte, len(terms))
	for i, t := range terms {
		out[i] = []byte(t)
	}
	return out
}

// protectionWords are the keys of the shorter words that name a protected
// identity only as the whole value: inside a longer note ("skyddat
// boende") they may mean something else.
var protectionWords = map[string]bool{"skyddad": true, "sekretess": true, "hemligidentitet": true}

// ProtectionTerm reports whether v, in any case and without spaces and
// invisible characters, holds a word for protected identity ("Skyddad
// folkbokföring", "Sekretessmarkering", "Kvarskrivning", "Fingerade
// personuppgifter", "Turvakielto", "Luovutuskielto"), or is one of the
// short words (Skyddad, Sekretess). It allocates nothing for a value too
// short or too long to hold one: the importer asks it of every cell of
// the columns that are not sent.
func ProtectionTerm(v string) bool {
	if len(v) < len("skyddad") || len(v) > 120 {
		return false
	}
	var buf [128]byte
	n := 0
	for _, r := range v {
		if unicode.IsSpace(r) || Invisible(r) {
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	k := buf[:n]
	if protectionWords[string(k)] {
		return true
	}
	for _, t := range protectionTerms {
		if bytes.Contains(k, t) {
			return true
		}
	}
	return false
}

// markHints are parts of a header (keys, see HeaderKey) that make a
// column whose values are yes words a candidate protection mark: a
// "Markering" or "Flagga" column of Ja and Nej says something about the
// person that the program cannot read, and may be protection.
var markHints = []string{"markering", "markerad", "merkinta", "flagga", "flag"}

// HintsMark reports whether header, of a column that is none of the
// fields, makes a yes word in it a possible protection mark (markHints).
// An ordinary column of yes and no ("Fritids", "Modersmål") is not one.
func HintsMark(header string) bool {
	k := HeaderKey(header)
	for _, h := range markHints {
		if strings.Contains(k, h) {
			return true
		}
	}
	return false
}
