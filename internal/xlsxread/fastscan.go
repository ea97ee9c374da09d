package xlsxread

import (
	"bytes"
	"errors"
	"unicode/utf8"
)

// errDecline is returned by the fast xlsx reader for anything it does not
// understand exactly as excelize does: the caller then reads the file
// with excelize, which stays the reference.
var errDecline = errors.New("fast reader declines")

// xmlScanner walks a part's XML one tag or text run at a time. It knows
// only plain element markup: comments, CDATA, processing instructions,
// unknown entities and carriage returns make it decline.
type xmlScanner struct {
	s []byte
	p int
	// cell is readRowCells' tag of each cell.
	cell xmlTag
}

// xmlAttr is an attribute of a tag, its value decoded: a slice of the
// part itself when it has no entity, so that the attributes of every cell
// (its reference, type and style) cost no allocation.
type xmlAttr struct {
	name  string
	value []byte
}

// xmlTag is a start, end or empty-element tag.
type xmlTag struct {
	name        string
	attrs       []xmlAttr
	end, closed bool
	// cell says the tag is a cell's read by cellTag: its attributes are
	// r, s and t, each at most once, as the part's bytes (present says
	// which are there, by cellR, cellS and cellT), and attrs is unused.
	cell    bool
	present uint8
	r, s, t []byte
}

// The bits of xmlTag.present.
const (
	cellR = 1 << iota
	cellS
	cellT
)

func (x *xmlScanner) skipSpace() {
	for x.p < len(x.s) && isSpaceByte(x.s[x.p], declineCR) {
		x.p++
	}
}

// tag reads the tag at the current position, after any white space.
func (x *xmlScanner) tag(t *xmlTag) error {
	x.skipSpace()
	if x.p+1 >= len(x.s) || x.s[x.p] != '<' {
		return errDecline
	}
	x.p++
	*t = xmlTag{attrs: t.attrs[:0]}
	if x.s[x.p] == '/' {
		t.end = true
		x.p++
	}
	t.name = x.name()
	if t.name == "" {
		return errDecline
	}
	for {
		x.skipSpace()
		if x.p >= len(x.s) {
			return errDecline
		}
		switch c := x.s[x.p]; {
		case c == '>':
			x.p++
			return nil
		case c == '/' && !t.end && x.p+1 < len(x.s) && x.s[x.p+1] == '>':
			x.p += 2
			t.closed = true
			return nil
		case t.end:
			return errDecline
		}
		name := x.name()
		x.skipSpace()
		if name == "" || x.p+1 >= len(x.s) || x.s[x.p] != '=' {
			return errDecline
		}
		x.p++
		x.skipSpace()
		if x.p >= len(x.s) || (x.s[x.p] != '"' && x.s[x.p] != '\'') {
			return errDecline
		}
		q := x.s[x.p]
		end := bytes.IndexByte(x.s[x.p+1:], q)
		if end < 0 {
			return errDecline
		}
		raw := x.s[x.p+1 : x.p+1+end]
		x.p += end + 2
		if bytes.IndexByte(raw, '<') >= 0 {
			return errDecline
		}
		v, err := unescapeBytes(raw)
		if err != nil {
			return err
		}
		t.attrs = append(t.attrs, xmlAttr{name, v})
	}
}

// name reads an element or attribute name: ASCII letters, digits and
// _ : - . only, not starting with a digit, - or . (anything else
// returns "", and the caller declines).
func (x *xmlScanner) name() string {
	start := x.p
	n, _ := asciiNameLen(x.s[x.p:])
	x.p += n
	if x.p < len(x.s) {
		if c := x.s[x.p]; !isSpaceByte(c, declineCR) && c != '>' && c != '/' && c != '=' {
			return ""
		}
	}
	return intern(x.s[start:x.p])
}

// intern returns the common names and values of sheet markup without
// allocating.
func intern(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "r":
		return "r"
	case "s":
		return "s"
	case "t":
		return "t"
	case "row":
		return "row"
	case "str":
		return "str"
	case "spans":
		return "spans"
	case "inlineStr":
		return "inlineStr"
	case "n":
		return "n"
	case "0":
		return "0"
	}
	return string(b)
}

// text reads character data up to the next tag, decoded: a slice of the
// part when it has no entity.
func (x *xmlScanner) text() ([]byte, error) {
	end := bytes.IndexByte(x.s[x.p:], '<')
	if end < 0 {
		return nil, errDecline
	}
	raw := x.s[x.p : x.p+end]
	x.p += end
	return unescapeBytes(raw)
}

// unescapeBytes decodes the five XML entities and character references,
// as encoding/xml does, and declines on anything else. It returns raw
// itself when it has no entity, else a decoded copy.
func unescapeBytes(raw []byte) ([]byte, error) {
	if !validXMLText(raw, declineCR) {
		return nil, errDecline
	}
	if bytes.IndexByte(raw, '&') < 0 {
		return raw, nil
	}
	var b []byte
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			b = append(b, raw...)
			break
		}
		b = append(b, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 {
			return nil, errDecline
		}
		r, ok := xmlEntity(string(raw[1:semi]), declineSurrogate)
		if !ok {
			return nil, errDecline
		}
		raw = raw[semi+1:]
		b = utf8.AppendRune(b, r)
	}
	return b, nil
}

// attr returns the value of the attribute named name, and whether it is
// there.
func (t *xmlTag) attr(name string) (string, bool) {
	v, ok := t.attrBytes(name)
	return intern(v), ok
}

// attrBytes is attr without a string: the bytes are the part's, or the
// tag's own when decoded, and are not to be kept.
func (t *xmlTag) attrBytes(name string) ([]byte, bool) {
	if t.cell {
		switch name {
		case "r":
			return t.r, t.present&cellR != 0
		case "s":
			return t.s, t.present&cellS != 0
		case "t":
			return t.t, t.present&cellT != 0
		}
		return nil, false
	}
	for _, a := range t.attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return nil, false
}

// attr0 returns the value of the attribute named name, or "".
func (t *xmlTag) attr0(name string) string {
	v, _ := t.attr(name)
	return v
}
