package xlsxread

import "strconv"

// readCell reads a cell after its start tag t, through its end tag, and
// returns its value as excelize's Rows gives it with RawCellValue and as
// excelizeRows then keeps it (an ISO 8601 date cell as the date it
// shows, see isoCellText). Formulas, booleans, errors, styled
// numbers and anything unknown make it decline. exponent says whether the
// value is in exponent form, to be turned into digits if a number cell.
// A number cell of 16 digits or more is given as Excel shows it, rounded
// (numberAsTyped), as excelizeRows gives it from the pre-check.
func (x *xmlScanner) readCell(t *xmlTag, sst []string) (v string, exponent bool, err error) {
	v, err = x.readCellValue(t, sst)
	if typ, _ := t.attr("t"); err == nil && (typ == "" || typ == "n") {
		if r, ok := roundedCell(v); ok {
			return r, false, nil
		}
	}
	return v, err == nil && isExponentNumber(v), err
}

// readCellValue reads a cell's raw value, as excelize gives it.
func (x *xmlScanner) readCellValue(t *xmlTag, sst []string) (string, error) {
	typ, _ := t.attr("t")
	style, styled := t.attrBytes("s")
	if styled && !digits(string(style)) {
		// excelize stops reading the cell at a bad style.
		return "", errDecline
	}
	if styled && string(style) != "0" && typ != "s" && typ != "str" && typ != "inlineStr" && typ != "d" {
		// A styled number may be a date.
		return "", errDecline
	}
	// v is the part's bytes, made a string only when it is the value.
	var v []byte
	var is string
	var hasV, hasIS bool
	switch {
	case t.closed:
	case typ != "inlineStr" && x.plainValue(&v):
		hasV = true
	case typ == "inlineStr" && x.plainInline(&is):
		hasIS = true
	default:
		var c xmlTag
		for done := false; !done; {
			if err := x.tag(&c); err != nil {
				return "", err
			}
			switch {
			case c.end && c.name == "c":
				done = true
			case c.end:
				return "", errDecline
			case c.name == "v" && !hasV:
				hasV = true
				var err error
				if v, err = x.elementBytes(&c); err != nil {
					return "", err
				}
			case c.name == "is" && !hasIS:
				hasIS = true
				if c.closed {
					continue
				}
				var err error
				if is, err = x.readStringItem("is"); err != nil {
					return "", err
				}
			default:
				return "", errDecline
			}
		}
	}
	switch typ {
	case "s":
		if len(v) == 0 {
			return "", nil
		}
		i, err := atoi(v)
		if err != nil || i < 0 || i >= len(sst) || v[0] == '+' {
			return "", errDecline
		}
		return sst[i], nil
	case "str":
		return intern(v), nil
	case "inlineStr":
		if hasIS {
			return is, nil
		}
		return intern(v), nil
	case "", "n":
		if hasIS {
			return "", errDecline
		}
		return intern(v), nil
	case "d":
		// An ISO 8601 date cell shows the date whatever its style.
		if text, ok := isoCellText(string(v)); ok && !hasIS {
			return text, nil
		}
	}
	return "", errDecline
}

// digits reports whether s is one or more ASCII digits, at most nine.
func digits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi is strconv.Atoi of b: an index or a row number of up to nine
// digits, nearly every one, is read without a string.
func atoi(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 9 {
		return strconv.Atoi(string(b))
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return strconv.Atoi(string(b))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}
