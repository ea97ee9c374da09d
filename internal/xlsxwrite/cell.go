package xlsxwrite

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A cell's text is written as excelize writes an inline string: escaped
// as encoding/xml escapes text, except that a line feed stays a line
// feed; characters XML cannot hold become U+FFFD; text that looks like
// the _xHHHH_ escape of Office's basic strings gets its underscore
// escaped (_x005F_), so that it reads back as typed; and leading or
// trailing white space asks for xml:space="preserve".

// needsPreserve reports whether v starts or ends with white space that a
// reader would otherwise drop.
func needsPreserve(v string) bool {
	if v == "" {
		return false
	}
	white := func(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }
	return white(v[0]) || white(v[len(v)-1])
}

// tooLong reports whether v has more UTF-16 units than a cell holds.
func tooLong(v string) bool {
	if len(v) <= MaxCellChars {
		return false // UTF-8 never takes fewer bytes than UTF-16 units
	}
	n := 0
	for _, r := range v {
		n += utf16.RuneLen(r)
	}
	return n > MaxCellChars
}

// escaper writes cell text; it keeps nothing between cells.
type escaper struct{}

// append appends v, escaped, to dst.
func (escaper) append(dst []byte, v string) []byte {
	if strings.Contains(v, "_x") {
		v = bstrMarshal(v)
	}
	if plain(v) {
		return append(dst, v...)
	}
	last := 0
	for i := 0; i < len(v); {
		r, width := utf8.DecodeRuneInString(v[i:])
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\r':
			esc = "&#xD;"
		case '\n':
			i += width
			continue
		default:
			if !inCharacterRange(r) || r == utf8.RuneError && width == 1 {
				esc = "\uFFFD"
				break
			}
			i += width
			continue
		}
		dst = append(dst, v[last:i]...)
		dst = append(dst, esc...)
		i += width
		last = i
	}
	return append(dst, v[last:]...)
}

// plain reports whether v is ASCII that needs no escaping, as most cells
// are.
func plain(v string) bool {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= utf8.RuneSelf, c < 0x20:
			return false
		case c == '"', c == '\'', c == '&', c == '<', c == '>':
			return false
		}
	}
	return true
}

// inCharacterRange reports whether r may appear in XML 1.0 text (as
// encoding/xml decides).
func inCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes text that reads as an _xHHHH_ escape, as excelize
// does (lib.go, bstrMarshal), so that the cell reads back as written.
func bstrMarshal(s string) string {
	var result strings.Builder
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result.WriteString(s[cursor:match[0]])
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`); err == nil {
					result.WriteString(subStr + "x005F" + subStr)
					continue
				}
			}
			result.WriteString(subStr + "x005F_")
			continue
		}
		// excelize drops an escape that names no character (_xD800_, a
		// lone surrogate), and its reader would too: escaped, it reads
		// back as typed.
		cursor = match[1]
		result.WriteString("_x005F" + subStr)
	}
	if cursor < l {
		result.WriteString(s[cursor:])
	}
	return result.String()
}
