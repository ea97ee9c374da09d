package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"
)

// SheetMarks are what a sheet tells only the user of Excel, beside its
// values: a note (comment) on a cell, which Excel shows when the pointer
// rests on it, and text struck through. A school office may mark a pupil
// so ("Skyddad identitet" in a note, a struck name for one who left);
// the values alone do not say it.
type SheetMarks struct {
	// Notes are the texts of the notes, by the row of their cell.
	Notes map[int][]string
	// Struck are the rows with a cell whose text is struck through,
	// wholly or in part.
	Struck map[int]bool
}

// zipSheetMarks reads the marks of the worksheet part part. What it
// cannot find or read marks nothing: the readers have checked every part
// and say what is damaged.
func zipSheetMarks(zr *zip.Reader, part string) SheetMarks {
	return sheetMarks(zr, part, nil, nil)
}

// heldPart gives the bytes of a part the reader holds inflated already,
// and whether it does.
type heldPart func(name string) ([]byte, bool)

// sheetMarks is zipSheetMarks taking the shared strings and a small sheet
// from held when it holds them (the fast reader does), not inflating them
// again.
//
// mayStrike, when not nil, says whether a part has the word "strike" and
// whether that is known without its bytes: a large sheet, which the fast
// reader reads through a window and does not hold, is then inflated
// again only when it has struck text.
func sheetMarks(zr *zip.Reader, part string, held heldPart, mayStrike func(string) (has, known bool)) SheetMarks {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	partData := func(name string) ([]byte, bool) {
		if held != nil {
			if data, ok := held(name); ok {
				return data, true
			}
		}
		f := files[name]
		if f == nil {
			return nil, false
		}
		data, err := readPart(f)
		return data, err == nil
	}
	var m SheetMarks
	for _, target := range commentParts(files, part) {
		if f := files[target]; f != nil {
			m.Notes = readNotes(f, m.Notes)
		}
	}
	var shared map[string]bool
	if data, ok := partData("xl/sharedStrings.xml"); ok {
		shared = struckStrings(data)
	}
	styles := struckStyles(files["xl/styles.xml"])
	// No strike element in the sheet, no inline string struck through:
	// then the sheet is decoded again only for struck styles or strings.
	if mayStrike != nil && len(styles) == 0 && len(shared) == 0 {
		if has, known := mayStrike(part); known && !has {
			return m
		}
	}
	if data, ok := partData(part); ok && (len(styles) > 0 || len(shared) > 0 || bytes.Contains(data, strikeWord)) {
		m.Struck = struckRows(data, styles, shared)
	}
	return m
}

// xmlPart decodes the part f with encoding/xml, calling start for each
// element it opens until start returns false.
func xmlPart(f *zip.File, start func(d *xml.Decoder, e xml.StartElement) bool) {
	rc, err := f.Open()
	if err != nil {
		return
	}
	defer rc.Close()
	xmlElements(io.LimitReader(rc, maxUnzipTotal), start)
}

// xmlElements is xmlPart reading r.
func xmlElements(r io.Reader, start func(d *xml.Decoder, e xml.StartElement) bool) {
	d := xml.NewDecoder(r)
	for {
		tok, err := d.Token()
		if err != nil {
			return
		}
		if e, ok := tok.(xml.StartElement); ok && !start(d, e) {
			return
		}
	}
}

// attr returns the value of e's attribute local.
func attr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// commentParts returns the comments parts the worksheet part's
// relationships name.
func commentParts(files map[string]*zip.File, part string) []string {
	rels := files[path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")]
	if rels == nil {
		return nil
	}
	var out []string
	xmlPart(rels, func(_ *xml.Decoder, e xml.StartElement) bool {
		typ, _ := attr(e, "Type")
		target, _ := attr(e, "Target")
		if e.Name.Local == "Relationship" && strings.HasSuffix(typ, "/comments") && target != "" {
			if strings.HasPrefix(target, "/") {
				out = append(out, strings.TrimPrefix(target, "/"))
			} else {
				out = append(out, path.Join(path.Dir(part), target))
			}
		}
		return true
	})
	return out
}

// readNotes adds the notes of a comments part to notes, by row.
func readNotes(f *zip.File, notes map[int][]string) map[int][]string {
	xmlPart(f, func(d *xml.Decoder, e xml.StartElement) bool {
		if e.Name.Local != "comment" {
			return true
		}
		ref, _ := attr(e, "ref")
		var c struct {
			R []struct {
				T string `xml:"t"`
			} `xml:"text>r"`
			Plain string `xml:"text>t"`
		}
		if d.DecodeElement(&c, &e) != nil {
			return false
		}
		text := c.Plain
		for _, r := range c.R {
			text += r.T
		}
		if row := refRowNumber(ref); row > 0 {
			if notes == nil {
				notes = map[int][]string{}
			}
			notes[row] = append(notes[row], text)
		}
		return true
	})
	return notes
}

// struckOn reports whether a <strike> element sets strike-through (no
// val, or a true one).
func struckOn(e xml.StartElement) bool {
	v, ok := attr(e, "val")
	return !ok || v == "1" || v == "true"
}

// struckStyles returns the cell styles (cellXfs indexes) whose font is
// struck through.
func struckStyles(f *zip.File) map[string]bool {
	if f == nil {
		return nil
	}
	var fonts []bool
	var out map[string]bool
	where, xf := "", 0
	xmlPart(f, func(_ *xml.Decoder, e xml.StartElement) bool {
		switch e.Name.Local {
		case "fonts", "cellXfs", "cellStyleXfs", "dxfs":
			where = e.Name.Local
		case "font":
			if where == "fonts" {
				fonts = append(fonts, false)
			}
		case "strike":
			if where == "fonts" && len(fonts) > 0 && struckOn(e) {
				fonts[len(fonts)-1] = true
			}
		case "xf":
			if where != "cellXfs" {
				return true
			}
			if id, ok := attr(e, "fontId"); ok {
				if n, err := strconv.Atoi(id); err == nil && n >= 0 && n < len(fonts) && fonts[n] {
					if out == nil {
						out = map[string]bool{}
					}
					out[strconv.Itoa(xf)] = true
				}
			}
			xf++
		}
		return true
	})
	return out
}

// struckStrings returns the shared strings (by index) with a run struck
// through, of the shared strings part data: none without a strike
// element, which most tables have not.
func struckStrings(data []byte) map[string]bool {
	if !bytes.Contains(data, []byte("strike")) {
		return nil
	}
	var out map[string]bool
	si := -1
	xmlElements(bytes.NewReader(data), func(_ *xml.Decoder, e xml.StartElement) bool {
		switch e.Name.Local {
		case "si":
			si++
		case "strike":
			if si >= 0 && struckOn(e) {
				if out == nil {
					out = map[string]bool{}
				}
				out[strconv.Itoa(si)] = true
			}
		}
		return true
	})
	return out
}

// struckRows returns the rows of the worksheet part data with a cell that
// holds a value and is struck through: by its style, by a struck shared
// string, or by a struck run of its inline string.
func struckRows(data []byte, styles, shared map[string]bool) map[int]bool {
	var out map[int]bool
	mark := func(row int) {
		if row > 0 {
			if out == nil {
				out = map[int]bool{}
			}
			out[row] = true
		}
	}
	line := 0
	xmlElements(bytes.NewReader(data), func(d *xml.Decoder, e xml.StartElement) bool {
		switch e.Name.Local {
		case "row":
			line++
			if r, ok := attr(e, "r"); ok {
				if n, err := strconv.Atoi(r); err == nil && n > 0 {
					line = n
				}
			}
		case "c":
			s, _ := attr(e, "s")
			t, _ := attr(e, "t")
			ref, _ := attr(e, "r")
			var c struct {
				V  string `xml:"v"`
				Is *struct {
					Strike []struct {
						Val *string `xml:"val,attr"`
					} `xml:"r>rPr>strike"`
				} `xml:"is"`
			}
			if d.DecodeElement(&c, &e) != nil {
				return false
			}
			row := line
			if n := refRowNumber(ref); n > 0 {
				row = n
			}
			held, inline := c.V != "" || c.Is != nil, false
			if c.Is != nil {
				for _, st := range c.Is.Strike {
					inline = inline || st.Val == nil || *st.Val == "1" || *st.Val == "true"
				}
			}
			if held && (styles[s] || t == "s" && shared[c.V] || inline) {
				mark(row)
			}
		}
		return true
	})
	return out
}
