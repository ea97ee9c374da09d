package roster

import "strings"

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

// needsTidy reports cheaply whether Tidy would change v.
func needsTidy(v string) bool {
	prevSpace := true
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80:
			if c >= 0x80 {
				return strings.Join(strings.Fields(v), " ") != v
			}
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && len(v) > 0
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
