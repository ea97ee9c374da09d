package xlsxread

import (
	"bytes"
	"unicode/utf8"
)

// The cells of nearly every sheet are written one way: a value
// <v>12</v>, or an inline string <is><t>Tova</t></is>, then </c>, with
// no space between the tags. The scanner reads those bytes as they are,
// without a tag at a time, and reads any other cell tag by tag; both ways
// give the same value (the fast paths take only what the general one
// reads without declining, and leave the rest to it).

// The markup around a plain cell's text.
var (
	plainV     = []byte("<v>")
	plainVEnd  = []byte("</v></c>")
	plainIS    = []byte("<is><t>")
	plainISEnd = []byte("</t></is></c>")
)

// plainValue reads a cell's content after its start tag when it is
// <v>text</v></c> with plain text: it sets *v to the text (the part's
// bytes) and moves past the cell's end tag. Else it reports false and
// leaves the scanner where it was.
func (x *xmlScanner) plainValue(v *[]byte) bool {
	text, next, _, ok := x.plainText(plainV, plainVEnd)
	if !ok {
		return false
	}
	*v, x.p = text, next
	return true
}

// plainInline is plainValue for <is><t>text</t></is></c>: it sets *is to
// the text as a string.
func (x *xmlScanner) plainInline(is *string) bool {
	text, next, underscore, ok := x.plainText(plainIS, plainISEnd)
	if !ok || underscore && bytes.Contains(text, []byte("_x")) {
		// excelize decodes _xHHHH_ escapes: readStringItem declines it.
		return false
	}
	*is, x.p = intern(text), next
	return true
}

// plainText finds the text between start, at the scanner's place, and
// end: text that is valid XML with no entity in it, so that it is the
// text as read. It returns the text, where the scan goes on after end,
// and whether the cell is so; underscore says whether the text has a _
// (which an inline string's escapes start with).
//
// One pass finds the end of the text and any & or control byte in it;
// only text with bytes outside ASCII is checked again, as UTF-8.
func (x *xmlScanner) plainText(start, end []byte) (text []byte, next int, underscore, ok bool) {
	rest := x.s[x.p:]
	if !bytes.HasPrefix(rest, start) {
		return nil, 0, false, false
	}
	rest = rest[len(start):]
	ascii := true
	n := 0
	for ; n < len(rest); n++ {
		c := rest[n]
		if plainTextByte[c] {
			continue
		}
		if c == '<' {
			break
		}
		switch {
		case c == '_':
			underscore = true
		case c >= utf8.RuneSelf:
			ascii = false
		default: // & or a control byte other than tab and line feed
			return nil, 0, false, false
		}
	}
	if n == len(rest) || !bytes.HasPrefix(rest[n:], end) {
		return nil, 0, false, false
	}
	text = rest[:n]
	if !ascii && !validXMLText(text, declineCR) {
		return nil, 0, false, false
	}
	return text, x.p + len(start) + n + len(end), underscore, true
}

// plainTextByte marks the bytes that plainText passes over without a
// second look: ASCII from the space on, but for < & and _, and tab and
// line feed.
var plainTextByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '<' && c != '&' && c != '_'
	}
	t['\t'], t['\n'] = true, true
	return t
}()

// cellTag reads a cell's start tag at the scanner's place, after any
// white space, when it is written as every writer writes one: <c, then
// the attributes r, s and t, each at most once, in double quotes, whose
// values are ASCII letters and digits only, then > or />. It sets *t to
// what tag reads (its attributes in t.r, t.s and t.t rather than attrs)
// and reports true; else it reports false, and the caller reads the tag
// with tag.
func (x *xmlScanner) cellTag(t *xmlTag) bool {
	x.skipSpace()
	s, p := x.s, x.p
	if p+2 >= len(s) || s[p] != '<' || s[p+1] != 'c' {
		return false
	}
	p += 2
	var present uint8
	var r, st, typ []byte
	for p < len(s) {
		closed := false
		switch s[p] {
		case '/':
			if p+1 >= len(s) || s[p+1] != '>' {
				return false
			}
			closed = true
			fallthrough
		case '>':
			t.name, t.end, t.closed, t.cell = "c", false, closed, true
			t.present, t.r, t.s, t.t = present, r, st, typ
			x.p = p + 1
			if closed {
				x.p++
			}
			return true
		case ' ':
		default:
			return false
		}
		p++
		if p+3 >= len(s) || s[p+1] != '=' || s[p+2] != '"' {
			return false
		}
		name := s[p]
		p += 3
		q := p
		for q < len(s) && alphanumericByte[s[q]] {
			q++
		}
		if q >= len(s) || s[q] != '"' {
			return false
		}
		v := s[p:q:q]
		p = q + 1
		switch {
		case name == 'r' && present&cellR == 0:
			present, r = present|cellR, v
		case name == 's' && present&cellS == 0:
			present, st = present|cellS, v
		case name == 't' && present&cellT == 0:
			present, typ = present|cellT, v
		default:
			return false
		}
	}
	return false
}

// alphanumericByte marks the ASCII letters and digits: an attribute value
// made of them is as read, with nothing to decode or decline.
var alphanumericByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
	}
	return t
}()
