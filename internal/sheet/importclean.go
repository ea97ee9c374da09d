package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
)

// setField writes the trimmed value v of field f into row as the import
// writes it: without invisible characters (roster.CleanText), which the
// row records for the check's warning, trimmed again where they stood
// between the text and a space, and through importValue.
func setField(row *roster.Row, f roster.Field, v string) {
	value, removed := importField(f, v)
	row.Values[f] = value
	row.SetRemoved(f, removed)
}

// importField is the value the import writes for the trimmed text v of
// field f, and the invisible characters it took out. A writer that reads
// its file back compares through this.
func importField(f roster.Field, v string) (value, removed string) {
	if plainText(v) {
		// CleanText keeps such text as it is: nothing to take out, and
		// ASCII is composed.
		return importValue(f, v), ""
	}
	clean, removed := roster.CleanText(v)
	if removed != "" {
		clean = strings.TrimSpace(clean)
	}
	return importValue(f, clean), removed
}

// plainText reports whether v is printable ASCII and white space only,
// as nearly every value is: text that roster.CleanText returns as it is.
// Eight bytes at a time are passed over while all are printable (nearly
// every address), the rest one at a time.
func plainText(v string) bool {
	i := 0
	for i+8 <= len(v) && printableWord(v[i:i+8]) {
		i += 8
	}
	for ; i < len(v); i++ {
		if c := v[i]; c < 0x20 && !(c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') || c >= 0x7F {
			return false
		}
	}
	return true
}

// printableWord reports whether each of the eight bytes of w is printable
// ASCII, from the space to the tilde.
func printableWord(w string) bool {
	const ones = 0x0101010101010101
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	// The lowest byte that is not printable sets its top bit: one below
	// the space in x-0x20…, DEL and those from 0x80 to 0xFE in x+0x01…,
	// 0xFF in x-0x20… (0xDF). No borrow or carry reaches it from the
	// printable bytes below it.
	return ((x-0x20*ones)|(x+ones))&(0x80*ones) == 0
}
