package roster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The canonical keys say when two values are "the same" for every part of
// the program: the duplicate and staff rules of internal/check, and
// Compare. They follow what a person reading the list would say: case
// and spaces around or doubled inside a value do not make another
// school, address or name; å, ä and ö are letters of their own (Öberg and
// Oberg are two families).

// Tidy returns v without white space around it and with every run of
// white space inside it one space: the value as the whitespace fix
// writes it.
func Tidy(v string) string {
	if !needsTidy(v) {
		return v
	}
	return strings.Join(strings.Fields(v), " ")
}

// needsTidy reports cheaply whether Tidy would change v: whether it has
// white space around it, a run of two spaces, or white space other than a
// space (strings.Fields splits on each). Eight bytes at a time are passed
// over while none is a space, a control byte or outside ASCII (nearly
// every address and name); a character outside ASCII is decoded and asked
// whether it is white space, with no copy of v.
func needsTidy(v string) bool {
	prevSpace := true
	for i := 0; i < len(v); {
		if i+8 <= len(v) && plainWord(v[i:i+8]) {
			prevSpace = false
			i += 8
			continue
		}
		c := v[i]
		if plainByte[c] {
			prevSpace = false
			i++
			continue
		}
		switch {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(v[i:])
			if unicode.IsSpace(r) {
				return true
			}
			prevSpace = false
			i += size
			continue
		default:
			prevSpace = false
		}
		i++
	}
	return prevSpace && len(v) > 0
}

// plainByte marks the bytes that needsTidy passes over one at a time:
// those of ASCII but the space and the white space of \t to \r (a
// control byte is no white space for strings.Fields). Short values,
// names and classes, are read so, with one look each instead of a row
// of comparisons.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != ' ' && (c < '\t' || c > '\r')
	}
	return t
}()

// plainWord reports whether each of the eight bytes of w is above the
// space and below 0x80: none can be white space, or start a character
// that is.
func plainWord(w string) bool {
	const ones = 0x0101010101010101
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	// A byte below 0x21 sets its top bit in x-0x21…; one of 0x80 or more
	// has it in x. A borrow from a byte below 0x21 may mark the bytes
	// above it too, but only when one is marked already.
	return (x-0x21*ones|x)&(0x80*ones) == 0
}

// SchoolKey is the key under which two School values are the same
// school: tidied, in small letters.
func SchoolKey(v string) string { return strings.ToLower(Tidy(v)) }

// EmailKey is the key under which two Email values are the same address:
// tidied, in small letters. Mail systems ignore the case of an address,
// and spaces inside one are a slip that the whitespace fix removes: two
// addresses that differ only in them are one person's twice.
func EmailKey(v string) string { return strings.ToLower(Tidy(v)) }

// NameKey is the key under which two names (FirstName or LastName) are
// the same name: tidied, in small letters.
func NameKey(v string) string { return strings.ToLower(Tidy(v)) }

// SSOIDKey is the key under which two SSOID values are the same id:
// trimmed, case kept, as identity providers compare them.
func SSOIDKey(v string) string { return strings.TrimSpace(v) }

// PersonKeys are the keys that say two rows are one person: the address
// ("e:" + EmailKey) and the SSOID ("s:" + SSOIDKey), each when present.
func (r *Row) PersonKeys() []string {
	var keys []string
	if k := EmailKey(r.Values[Email]); k != "" {
		keys = append(keys, "e:"+k)
	}
	if k := SSOIDKey(r.Values[SSOID]); k != "" {
		keys = append(keys, "s:"+k)
	}
	return keys
}
