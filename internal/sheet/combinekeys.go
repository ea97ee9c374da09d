package sheet

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"rosterdesk/internal/roster"
)

// The matching of protected people against every row of a list
// (protectCopies, protectByName) asks each row's keys once: built in a
// buffer, not as the strings roster's key functions return, they cost a
// large list no allocation per row. Each builds what its roster function
// returns, byte for byte (TestKeysInBuffer).

// appendLowerTidy appends strings.ToLower(roster.Tidy(v)) to dst: the key
// roster.EmailKey and roster.NameKey make. Each character is lower-cased
// as strings.ToLower does (a byte that is no UTF-8 becomes U+FFFD).
func appendLowerTidy(dst []byte, v string) []byte {
	for _, r := range roster.Tidy(v) {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// rowKeyMark returns the mark of marked that one of row's keys
// (roster.Row.PersonKeys, in their order) finds, and whether one does.
func rowKeyMark(marked map[string]protectedMark, row *roster.Row) (protectedMark, bool) {
	var buf [128]byte
	if email := row.Values[roster.Email]; email != "" {
		k := appendLowerTidy(append(buf[:0], "e:"...), email)
		if len(k) > 2 {
			if m, ok := marked[string(k)]; ok {
				return m, true
			}
		}
	}
	if id := strings.TrimSpace(row.Values[roster.SSOID]); id != "" {
		k := append(append(buf[:0], "s:"...), id...)
		if m, ok := marked[string(k)]; ok {
			return m, true
		}
	}
	return protectedMark{}, false
}

// appendNameKey appends to dst the key of the first and last name of
// values: the length of the first name's roster.NameKey, then that key
// and the last name's. Two names have the same key exactly when both
// their NameKeys are the same.
func appendNameKey(dst []byte, values *[roster.NumFields]string) []byte {
	dst = append(dst, 0, 0, 0, 0)
	n := len(dst)
	dst = appendLowerTidy(dst, values[roster.FirstName])
	binary.BigEndian.PutUint32(dst[n-4:], uint32(len(dst)-n))
	return appendLowerTidy(dst, values[roster.LastName])
}
