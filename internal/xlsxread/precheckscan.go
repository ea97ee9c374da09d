package xlsxread

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// errSlowPath is the byte scanner leaving a part to encoding/xml: an
// encoding other than UTF-8, a DOCTYPE, names outside ASCII.
var errSlowPath = errors.New("left to encoding/xml")

// errBrokenXML is XML that encoding/xml, and so excelize, stops at.
var errBrokenXML = damagedBecause("the file is damaged and cannot be read")

// maxTagBytes bounds one tag: no workbook writes one longer.
const maxTagBytes = 1 << 20

// runScanner checks a part streaming with a byte scanner many times
// faster than encoding/xml, rejecting at least what encoding/xml (which
// excelize reads with, strictly) rejects: unbalanced or mismatched tags,
// malformed tags and attributes, undefined entities and bad character
// references, bytes that are not UTF-8 or not XML characters.
func (p *partCheck) runScanner(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return Damaged(err)
	}
	defer rc.Close()
	return p.scan(rc)
}

// scan is runScanner over r.
func (p *partCheck) scan(r io.Reader) error {
	s := &partScanner{br: bufio.NewReaderSize(io.LimitReader(r, maxPartSize+1), 256<<10), p: p}
	return s.run()
}

// partScanner is the state of the byte scanner over one part.
type partScanner struct {
	br *bufio.Reader
	p  *partCheck
	// names holds the names of the open elements end to end; ends[i] is
	// where the i-th ends.
	names []byte
	ends  []int
	// pending is text cut at a chunk's end: a partial character or
	// entity, kept for the next chunk.
	pending []byte
	tag     []byte
	attrs   []attrSpan
	scratch []byte
}

// attrSpan is where an attribute's local name and raw value lie in tag.
type attrSpan struct{ name, value [2]int }

func (s *partScanner) run() error {
	for {
		chunk, err := s.br.ReadSlice('<')
		switch err {
		case bufio.ErrBufferFull:
			if err := s.text(chunk, false); err != nil {
				return err
			}
			continue
		case io.EOF:
			if err := s.text(chunk, true); err != nil {
				return err
			}
			return s.p.endOfPart()
		case nil:
		default:
			return Damaged(err)
		}
		if err := s.text(chunk[:len(chunk)-1], true); err != nil {
			return err
		}
		if err := s.markup(); err != nil {
			return err
		}
	}
}

// text checks character data; complete says it ends at a '<' or the end
// of the part, not merely at the end of the buffer.
func (s *partScanner) text(b []byte, complete bool) error {
	if len(s.pending) > 0 {
		b = append(s.pending, b...)
		s.pending = nil
	}
	if !complete {
		var cut int
		if amp := bytes.LastIndexByte(b, '&'); amp >= 0 && bytes.IndexByte(b[amp:], ';') < 0 {
			if len(b)-amp > maxTagBytes {
				return errBrokenXML // no reference is this long
			}
			cut = amp
		} else {
			cut = len(TrimPartialRune(b))
			for cut > 0 && len(b)-cut < 2 && b[cut-1] == ']' {
				cut-- // a "]]>" across chunks is still seen
			}
		}
		s.pending = append([]byte(nil), b[cut:]...)
		b = b[:cut]
	}
	if bytes.Contains(b, []byte("]]>")) {
		return errBrokenXML // as encoding/xml: only a CDATA section ends so
	}
	return s.decode(b, func(seg []byte) { s.p.charData(seg) })
}

// decode checks text (character data or an attribute value) and gives
// it, entities decoded, to out in pieces.
func (s *partScanner) decode(b []byte, out func([]byte)) error {
	for len(b) > 0 {
		amp := bytes.IndexByte(b, '&')
		plain := b
		if amp >= 0 {
			plain = b[:amp]
		}
		if !validXMLText(plain, takeCR) {
			return errBrokenXML
		}
		if len(plain) > 0 {
			out(plain)
		}
		if amp < 0 {
			return nil
		}
		b = b[amp:]
		semi := bytes.IndexByte(b, ';')
		if semi < 0 {
			return errBrokenXML
		}
		r, ok := xmlEntity(string(b[1:semi]), surrogateAsFFFD)
		if !ok {
			return errBrokenXML
		}
		dec := utf8.AppendRune(s.scratch[:0], r)
		out(dec)
		b = b[semi+1:]
	}
	return nil
}

// markup reads what follows a '<'.
func (s *partScanner) markup() error {
	c, err := s.br.ReadByte()
	if err != nil {
		return errPartEndsEarly
	}
	switch c {
	case '/':
		return s.endTag()
	case '?':
		return s.procInst()
	case '!':
		return s.bang()
	}
	return s.startTag(c)
}

// readTag reads through the '>' that ends a tag, outside quotes, into
// s.tag after first.
func (s *partScanner) readTag(first byte) error {
	s.tag = append(s.tag[:0], first)
	var quote byte
	if first == '"' || first == '\'' {
		quote = first
	}
	for {
		chunk, err := s.br.ReadSlice('>')
		if err != nil && err != bufio.ErrBufferFull {
			return errPartEndsEarly
		}
		for _, c := range chunk {
			switch {
			case quote != 0 && c == quote:
				quote = 0
			case quote == 0 && (c == '"' || c == '\''):
				quote = c
			}
		}
		s.tag = append(s.tag, chunk...)
		if len(s.tag) > maxTagBytes {
			return errBrokenXML
		}
		if err == nil && quote == 0 {
			s.tag = s.tag[:len(s.tag)-1] // the '>'
			return nil
		}
	}
}

// xmlNameLen reads an ASCII XML name at the start of b and returns its length;
// 0 when there is none. A byte outside ASCII leaves the part to
// encoding/xml, whose rules for such names are many.
func xmlNameLen(b []byte) (int, error) {
	n, err := xmlNameBytes(b)
	if err == nil && bytes.Count(b[:n], []byte(":")) > 1 {
		return 0, nil // encoding/xml takes no name with two colons
	}
	return n, err
}

func xmlNameBytes(b []byte) (int, error) {
	n, nonASCII := asciiNameLen(b)
	if nonASCII {
		return 0, errSlowPath
	}
	return n, nil
}

func skipTagSpaces(b []byte, i int) int {
	for i < len(b) && isSpaceByte(b[i], takeCR) {
		i++
	}
	return i
}

// localOf is the part of a name after its prefix.
func localOf(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

func (s *partScanner) startTag(first byte) error {
	if err := s.readTag(first); err != nil {
		return err
	}
	t := s.tag
	n, err := xmlNameLen(t)
	if err != nil {
		return err
	}
	if n == 0 {
		return errBrokenXML
	}
	elem := t[:n]
	s.attrs = s.attrs[:0]
	closed := false
	for i := n; ; {
		j := skipTagSpaces(t, i)
		if j == len(t) {
			break
		}
		if t[j] == '/' {
			if j != len(t)-1 {
				return errBrokenXML
			}
			closed = true
			break
		}
		if j == i {
			// encoding/xml wants space before an attribute after the
			// name; between attributes it does not.
			if i == n {
				return errBrokenXML
			}
		}
		an, err := xmlNameLen(t[j:])
		if err != nil {
			return err
		}
		if an == 0 {
			return errBrokenXML
		}
		a := attrSpan{name: [2]int{j, j + an}}
		k := skipTagSpaces(t, j+an)
		if k == len(t) || t[k] != '=' {
			return errBrokenXML
		}
		k = skipTagSpaces(t, k+1)
		if k == len(t) || t[k] != '"' && t[k] != '\'' {
			return errBrokenXML
		}
		end := bytes.IndexByte(t[k+1:], t[k])
		if end < 0 {
			return errBrokenXML
		}
		a.value = [2]int{k + 1, k + 1 + end}
		raw := t[a.value[0]:a.value[1]]
		if bytes.IndexByte(raw, '<') >= 0 {
			return errBrokenXML
		}
		if err := s.decode(raw, func([]byte) {}); err != nil {
			return err
		}
		s.attrs = append(s.attrs, a)
		i = a.value[1] + 1
	}
	s.names = append(s.names, elem...)
	s.ends = append(s.ends, len(s.names))
	local := internName(localOf(elem))
	if err := s.p.startElement(local, s.attr); err != nil {
		return err
	}
	if closed {
		return s.closeElement(elem)
	}
	return nil
}

// attr is the value of the current tag's attribute with local name n.
func (s *partScanner) attr(n string) string {
	for _, a := range s.attrs {
		if string(localOf(s.tag[a.name[0]:a.name[1]])) == n {
			raw := s.tag[a.value[0]:a.value[1]]
			if bytes.IndexByte(raw, '&') < 0 {
				return string(raw)
			}
			var v []byte
			s.decode(raw, func(b []byte) { v = append(v, b...) })
			return string(v)
		}
	}
	return ""
}

func (s *partScanner) endTag() error {
	if err := s.readTag('/'); err != nil {
		return err
	}
	t := s.tag[1:]
	n, err := xmlNameLen(t)
	if err != nil {
		return err
	}
	if n == 0 || skipTagSpaces(t, n) != len(t) {
		return errBrokenXML
	}
	return s.closeElement(t[:n])
}

// closeElement ends the open element, which must be named elem.
func (s *partScanner) closeElement(elem []byte) error {
	k := len(s.ends)
	if k == 0 {
		return errMismatchedTag
	}
	start := 0
	if k > 1 {
		start = s.ends[k-2]
	}
	if !bytes.Equal(s.names[start:], elem) {
		return errMismatchedTag
	}
	local := internName(localOf(elem))
	s.names, s.ends = s.names[:start], s.ends[:k-1]
	return s.p.endElement(local)
}
