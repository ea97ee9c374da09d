package xlsxread

import (
	"strconv"
	"strings"
)

// readStringItem reads the children of an <si> or <is> element, after its
// start tag, up to its end tag: the text as excelize gives it, the <t>
// first and then every rich-text run's <t>.
func (x *xmlScanner) readStringItem(end string) (string, error) {
	var t xmlTag
	var plain, runs string
	seenT := false
	for {
		if err := x.tag(&t); err != nil {
			return "", err
		}
		switch {
		case t.end && t.name == end:
			v := plain + runs
			if strings.Contains(v, "_x") {
				// excelize decodes _xHHHH_ escapes here.
				return "", errDecline
			}
			return v, nil
		case t.end:
			return "", errDecline
		case t.name == "t" && !seenT:
			seenT = true
			v, err := x.elementText(&t)
			if err != nil {
				return "", err
			}
			plain = v
		case t.name == "r" && !t.closed:
			v, err := x.readRun()
			if err != nil {
				return "", err
			}
			runs += v
		default:
			return "", errDecline
		}
	}
}

// readRun reads a rich-text run after its <r>: its formatting, skipped,
// and its one <t>.
func (x *xmlScanner) readRun() (string, error) {
	var t xmlTag
	var v string
	seenT := false
	for {
		if err := x.tag(&t); err != nil {
			return "", err
		}
		switch {
		case t.end && t.name == "r":
			return v, nil
		case t.end:
			return "", errDecline
		case t.name == "t" && !seenT:
			seenT = true
			var err error
			if v, err = x.elementText(&t); err != nil {
				return "", err
			}
		case t.name == "rPr":
			if err := x.skipEmptyChildren(&t); err != nil {
				return "", err
			}
		default:
			return "", errDecline
		}
	}
}

// skipEmptyChildren skips an element whose children are all empty
// elements (<b/>, <sz val="11"/>), as run formatting is.
func (x *xmlScanner) skipEmptyChildren(start *xmlTag) error {
	if start.closed {
		return nil
	}
	name := start.name
	var t xmlTag
	for {
		if err := x.tag(&t); err != nil {
			return err
		}
		switch {
		case t.end && t.name == name:
			return nil
		case t.end || !t.closed:
			return errDecline
		}
	}
}

// elementText reads the text of an element after its start tag, through
// its end tag; an element with children makes it decline.
func (x *xmlScanner) elementText(start *xmlTag) (string, error) {
	v, err := x.elementBytes(start)
	return intern(v), err
}

// elementBytes is elementText without a string: the bytes are the part's
// when the text has no entity, and are not to be kept.
func (x *xmlScanner) elementBytes(start *xmlTag) ([]byte, error) {
	if start.closed {
		return nil, nil
	}
	name := start.name
	v, err := x.text()
	if err != nil {
		return nil, err
	}
	var t xmlTag
	if err := x.tag(&t); err != nil || !t.end || t.name != name {
		return nil, errDecline
	}
	return v, nil
}

// readSharedStrings reads the shared strings part.
func readSharedStrings(data []byte) ([]string, error) {
	x := &xmlScanner{s: data}
	if err := x.prolog(); err != nil {
		return nil, err
	}
	var t xmlTag
	if err := x.tag(&t); err != nil || t.end || t.name != "sst" {
		return nil, errDecline
	}
	var list []string
	if n, err := strconv.Atoi(t.attr0("uniqueCount")); err == nil && n > 0 {
		list = make([]string, 0, min(n, 1<<20))
	}
	if t.closed {
		return list, nil
	}
	for {
		if err := x.tag(&t); err != nil {
			return nil, err
		}
		switch {
		case t.end && t.name == "sst":
			return list, nil
		case t.name == "si" && t.closed:
			list = append(list, "")
		case t.name == "si" && !t.end:
			v, err := x.readStringItem("si")
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		default:
			return nil, errDecline
		}
	}
}

// prolog skips the XML declaration, which must declare UTF-8 if any
// encoding.
func (x *xmlScanner) prolog() error {
	x.skipSpace()
	if !strings.HasPrefix(string(x.s[x.p:min(len(x.s), x.p+5)]), "<?xml") {
		return nil
	}
	end := strings.Index(string(x.s[x.p:min(len(x.s), x.p+200)]), "?>")
	if end < 0 {
		return errDecline
	}
	decl := strings.ToLower(string(x.s[x.p : x.p+end]))
	if strings.Contains(decl, "encoding") && !strings.Contains(decl, "utf-8") {
		return errDecline
	}
	x.p += end + 2
	return nil
}
