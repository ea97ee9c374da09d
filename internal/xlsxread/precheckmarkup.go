package xlsxread

import (
	"bufio"
	"bytes"
)

// The pre-check's byte scanner (precheckscan.go) on the markup that is not
// an element: processing instructions, comments and CDATA sections.

// procInst reads a processing instruction. The XML declaration of a
// part in another encoding than UTF-8, or another version than 1.0, is
// left to encoding/xml.
func (s *partScanner) procInst() error {
	s.tag = s.tag[:0]
	for {
		chunk, err := s.br.ReadSlice('>')
		if err != nil && err != bufio.ErrBufferFull {
			return errPartEndsEarly
		}
		s.tag = append(s.tag, chunk...)
		if len(s.tag) > maxTagBytes {
			return errBrokenXML
		}
		if err == nil && bytes.HasSuffix(s.tag, []byte("?>")) {
			break
		}
	}
	body := s.tag[:len(s.tag)-2]
	n, err := xmlNameLen(body)
	if err != nil || n == 0 {
		return errSlowPath
	}
	if string(body[:n]) != "xml" {
		return nil
	}
	decl := bytes.ToLower(bytes.Join(bytes.Fields(body[n:]), []byte(" ")))
	for _, ok := range [][]byte{[]byte(`version="1.0"`), []byte(`encoding="utf-8"`), []byte(`standalone="yes"`),
		[]byte(`standalone="no"`), []byte(`version='1.0'`), []byte(`encoding='utf-8'`),
		[]byte(`standalone='yes'`), []byte(`standalone='no'`)} {
		decl = bytes.ReplaceAll(decl, ok, nil)
	}
	if len(bytes.TrimSpace(decl)) > 0 {
		return errSlowPath
	}
	return nil
}

// bang reads a comment or a CDATA section; anything else after "<!" is
// left to encoding/xml.
func (s *partScanner) bang() error {
	c, err := s.br.ReadByte()
	if err != nil {
		return errPartEndsEarly
	}
	switch c {
	case '-':
		return s.comment()
	case '[':
		return s.cdata()
	}
	return errSlowPath
}

// comment reads a comment after "<!-". As in encoding/xml, "--" must end
// it.
func (s *partScanner) comment() error {
	if c, err := s.br.ReadByte(); err != nil || c != '-' {
		return errBrokenXML
	}
	var b0, b1 byte
	for {
		c, err := s.br.ReadByte()
		if err != nil {
			return errPartEndsEarly
		}
		if b0 == '-' && b1 == '-' {
			if c != '>' {
				return errBrokenXML
			}
			return nil
		}
		b0, b1 = b1, c
	}
}

// cdata reads a CDATA section after "<![" as text.
func (s *partScanner) cdata() error {
	for _, want := range []byte("CDATA[") {
		if c, err := s.br.ReadByte(); err != nil || c != want {
			return errBrokenXML
		}
	}
	s.tag = s.tag[:0]
	for {
		c, err := s.br.ReadByte()
		if err != nil {
			return errPartEndsEarly
		}
		s.tag = append(s.tag, c)
		if bytes.HasSuffix(s.tag, []byte("]]>")) {
			body := s.tag[:len(s.tag)-3]
			if !validXMLText(body, takeCR) {
				return errBrokenXML
			}
			s.p.charData(body)
			return nil
		}
		if len(s.tag) > maxPartSize {
			return errBrokenXML
		}
	}
}

// internName returns the element names the checks look at without
// allocating.
func internName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "t":
		return "t"
	case "f":
		return "f"
	case "r":
		return "r"
	case "is":
		return "is"
	case "si":
		return "si"
	case "row":
		return "row"
	case "rPr":
		return "rPr"
	case "sheetData":
		return "sheetData"
	}
	return string(b)
}
