package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
)

// zipFiltered reports whether the worksheet stored in part has a filter
// (<autoFilter>, or <sheetPr filterMode="1">): rows it hides may be
// hidden only because the filter is on, as a secretary who filtered the
// list to one class left it, and not because someone meant to leave them
// out. It reads the part again, so it is for sheets that hide rows. A
// sheet it cannot find or read has none.
func zipFiltered(zr *zip.Reader, part string) bool {
	var f *zip.File
	for _, z := range zr.File {
		if z.Name == part {
			f = z
		}
	}
	if f == nil {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	return hasFilter(io.LimitReader(rc, maxUnzipTotal))
}

// filterMarks are what a worksheet part holds when the sheet has a
// filter; a cell's text in the part is escaped XML, where "<" cannot be.
var filterMarks = [][]byte{[]byte("<autoFilter"), []byte(":autoFilter"), []byte(`filterMode="1"`), []byte(`filterMode="true"`)}

// hasFilter reads r for a filter mark, chunk by chunk, keeping the end of
// each chunk so that a mark split between two is found.
func hasFilter(r io.Reader) bool {
	const keep = 32
	buf := make([]byte, 64<<10)
	n := 0
	for {
		m, err := r.Read(buf[n:])
		n += m
		for _, mark := range filterMarks {
			if bytes.Contains(buf[:n], mark) {
				return true
			}
		}
		if err != nil {
			return false
		}
		if n > keep {
			n = copy(buf, buf[n-keep:n])
		}
	}
}
