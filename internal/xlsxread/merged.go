package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Merge is a range of merged cells that spans more than one row
// (<mergeCell ref="E4:E5"/>): Excel shows the value of its top-left cell
// over all of it, so a mark merged over two siblings' rows marks both.
// Rows are numbered as the user sees them, columns from 0 (A).
type Merge struct {
	Top, Bottom, Left, Right int
}

// maxMerges bounds the merged ranges read of one sheet: a sheet with more
// is no hand-made list, and each range costs a look per row.
const maxMerges = 10_000

// mergeOf reads a mergeCell's ref; ok is false for a range of one row
// (only rows are filled) or a ref that is not a range.
func mergeOf(ref string) (Merge, bool) {
	from, to, found := strings.Cut(ref, ":")
	if !found {
		return Merge{}, false
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	c2, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil {
		return Merge{}, false
	}
	m := Merge{Top: min(r1, r2), Bottom: max(r1, r2), Left: min(c1, c2) - 1, Right: max(c1, c2) - 1}
	return m, m.Bottom > m.Top
}

// dataMerges reads the merged ranges of a worksheet part held in memory
// (the fast reader's): the mergeCell elements after its sheetData.
func dataMerges(data []byte) []Merge {
	end := bytes.LastIndex(data, []byte("</sheetData>"))
	if end < 0 {
		return nil
	}
	tail := data[end:]
	var out []Merge
	for len(out) < maxMerges {
		i := bytes.Index(tail, []byte("<mergeCell "))
		if i < 0 {
			break
		}
		tail = tail[i+len("<mergeCell "):]
		j := bytes.Index(tail, []byte(`ref="`))
		k := bytes.IndexByte(tail, '>')
		if j < 0 || k >= 0 && j > k {
			continue
		}
		ref := tail[j+len(`ref="`):]
		q := bytes.IndexByte(ref, '"')
		if q < 0 {
			break
		}
		if m, ok := mergeOf(string(ref[:q])); ok {
			out = append(out, m)
		}
	}
	return out
}

// zipMerges reads the merged ranges of the worksheet named name with
// encoding/xml, for the excelize reader (see zipHiddenRows). A sheet it
// cannot find or read has none.
func zipMerges(zr *zip.Reader, name string) []Merge {
	if f := zipSheetFile(zr, name); f != nil {
		return partMerges(f)
	}
	return nil
}

// partMerges reads the merged ranges of one worksheet part.
func partMerges(f *zip.File) []Merge {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, maxUnzipTotal))
	var out []Merge
	for len(out) < maxMerges {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case "sheetData":
			if d.Skip() != nil {
				return out
			}
		case "mergeCell":
			for _, a := range start.Attr {
				if a.Name.Local == "ref" {
					if m, ok := mergeOf(a.Value); ok {
						out = append(out, m)
					}
				}
			}
		}
	}
	return out
}
