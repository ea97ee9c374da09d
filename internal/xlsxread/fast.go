package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/tempfiles"
)

// readFast is Read's fast pass: it reads a plain workbook, one excelize
// would read the same way, without excelize: a byte scanner over the
// sheet and shared strings that is many times faster. It returns
// errDecline for anything else, a workbook in which read is never done
// included; the caller then reads the file with excelize, which stays
// the reference (see TestFastXLSXAgrees).
func readFast[T any](wb *workbook, path string, read SheetFunc[T], all bool) (results []T, err error) {
	defer func() {
		if p := recover(); p != nil {
			results, err = nil, errDecline
		}
	}()
	zr := wb.zr
	parts, streams, err := readParts(zr)
	if err != nil {
		return nil, err
	}
	defer func() {
		// Every part inflates, or the workbook declines (see readParts),
		// the parts still inflating when the sheets read are done too.
		if waitStreams(streams) != nil {
			results, err = nil, errDecline
		}
	}()
	sheets, err := workbookSheets(parts)
	if err != nil {
		return nil, err
	}
	if err := plainStyles(parts["xl/styles.xml"]); err != nil {
		return nil, err
	}
	var sst []string
	if data, ok := parts["xl/sharedStrings.xml"]; ok {
		if !bytes.Contains(parts["xl/_rels/workbook.xml.rels"], []byte("sharedStrings.xml")) {
			return nil, errDecline
		}
		if sst, err = readSharedStrings(data); err != nil {
			return nil, err
		}
	}
	// The rare number in exponent form is looked up as excelizeRows does,
	// in excelize's model of the sheet, opened for it on first need.
	var ef *excelize.File
	removeTemp := func() {}
	defer func() {
		if ef != nil {
			ef.Close()
		}
		removeTemp()
	}()
	scanned := map[string]bool{}
	for _, s := range sheets {
		src, streamed := streams[s.part]
		data, whole := parts[s.part]
		if !whole && !streamed {
			return nil, errDecline
		}
		isNumber := func(i, line int) (bool, error) {
			if ef == nil {
				dir, remove, err := tempfiles.PrivateDir()
				if err != nil {
					return false, errDecline
				}
				f, err := excelize.OpenReader(io.NewSectionReader(wb.r, 0, wb.size), excelizeOptions(dir))
				if err != nil {
					remove()
					return false, errDecline
				}
				ef, removeTemp = f, remove
			}
			return isNumberCell(ef, s.name, i, line), nil
		}
		hidden := hiddenLines{}
		// A large sheet is read through a window, never held: what needs
		// its bytes inflates it again, unless the window saw enough.
		held := func(name string) ([]byte, bool) {
			data, ok := parts[name]
			return data, ok
		}
		mayStrike := func(name string) (bool, bool) {
			if sp, ok := streams[name]; ok {
				return sp.win.hasStrike(), true
			}
			return false, false
		}
		sheet := func(src *streamPart, merges []Merge, late func()) Sheet {
			return Sheet{Name: s.name, SheetHidden: s.hidden, Rows: fastRows(src, sst, isNumber, path, hidden, late),
				Hidden: hidden.has, Merges: merges,
				Marks: func() SheetMarks { return sheetMarks(zr, s.part, held, mayStrike) },
				Filtered: func() bool {
					if data, ok := held(s.part); ok {
						return hasFilter(bytes.NewReader(data))
					}
					return zipFiltered(zr, s.part)
				}}
		}
		var v T
		var done bool
		if whole {
			v, done, err = read(sheet(wholePart(data), dataMerges(data), nil))
		} else {
			// The sheet is read while it is inflated, before its merged
			// ranges (after its rows) are known: in the rare sheet that
			// has them, it is read again knowing them.
			mergesLate := false
			v, done, err = read(sheet(src, nil, func() { mergesLate = true }))
			if mergesLate {
				if data, err = sheetAgain(zr, s.part); err != nil {
					return nil, errDecline
				}
				v, done, err = read(sheet(wholePart(data), dataMerges(data), nil))
			}
		}
		if err != nil {
			return nil, err
		}
		results = append(results, v)
		scanned[s.part] = true
		if done {
			return results, checkUnread(zr, path, parts, sst, scanned)
		}
	}
	if all {
		return results, checkUnread(zr, path, parts, sst, scanned)
	}
	return nil, errDecline
}

// sheetAgain inflates the worksheet part part again from zr, whole: it
// was read through a window, which held none of it.
func sheetAgain(zr *zip.Reader, part string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name == part {
			return inflatePart(f)
		}
	}
	return nil, errDecline
}

// checkUnread checks the parts the scanner did not read, those not in
// scanned (sheets) nor the shared strings: a damaged one is an error, as it
// is on excelize's path.
func checkUnread(zr *zip.Reader, path string, parts map[string][]byte, sst []string, scanned map[string]bool) error {
	sstCount := -1
	if _, ok := parts["xl/sharedStrings.xml"]; ok {
		sstCount = len(sst)
	}
	skip := map[string]bool{"xl/sharedStrings.xml": true}
	for part := range scanned {
		skip[part] = true
	}
	_, err := checkPartsXML(zr, path, skip, sstCount)
	return err
}

// readParts inflates every part, as excelize does, so that a damaged one
// anywhere declines. precheckZip has bounded their sizes. A large
// worksheet is not in parts but in streams, being inflated on a goroutine
// of its own (see inflateWindowed), so that its scan can start at once;
// whoever reads a workbook waits for every stream, and declines when one
// cannot be inflated.
func readParts(zr *zip.Reader) (parts map[string][]byte, streams map[string]*streamPart, err error) {
	parts = make(map[string][]byte, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > maxPartSize || total > maxUnzipTotal {
			return nil, nil, errDecline
		}
	}
	started := map[string]*streamPart{}
	defer func() {
		if err != nil {
			waitStreams(started)
		}
	}()
	for _, f := range zr.File {
		_, dup := parts[f.Name]
		if _, dupStream := started[f.Name]; dup || dupStream || strings.Contains(f.Name, "\\") {
			return nil, nil, errDecline
		}
		if f.UncompressedSize64 >= uint64(pipeMinBytes) && strings.HasPrefix(f.Name, "xl/worksheets/") {
			started[f.Name] = inflateWindowed(f)
			continue
		}
		data, err := inflatePart(f)
		if err != nil {
			return nil, nil, errDecline
		}
		parts[f.Name] = data
	}
	return parts, started, nil
}

// waitStreams waits until every stream is inflated, and returns
// errDecline when one could not be.
func waitStreams(streams map[string]*streamPart) error {
	var err error
	for _, sp := range streams {
		if sp.inflated() != nil {
			err = errDecline
		}
	}
	return err
}

// inflatePart inflates a part straight into a slice of its size, not
// through a buffer: the sheet is most of the bytes the fast reader reads.
// archive/zip refuses a part longer than its size and checks its CRC at
// the end, which the last read reaches.
func inflatePart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data := make([]byte, f.UncompressedSize64)
	if _, err := io.ReadFull(rc, data); err != nil {
		return nil, err
	}
	var end [1]byte
	if n, err := io.ReadAtLeast(rc, end[:], 1); n != 0 || err != io.EOF {
		return nil, errDecline
	}
	return data, nil
}

// fastSheetRef is a sheet to look through, in the order of sheetOrder.
type fastSheetRef struct {
	name, part string
	hidden     bool
}

// workbookSheets lists the sheets as sheetOrder does, with their parts.
func workbookSheets(parts map[string][]byte) ([]fastSheetRef, error) {
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			State string     `xml:"state,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Type   string `xml:"Type,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(parts["xl/workbook.xml"], &wb) != nil ||
		xml.Unmarshal(parts["xl/_rels/workbook.xml.rels"], &rels) != nil {
		return nil, errDecline
	}
	targets, data := map[string]string{}, map[string]bool{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = t[1:]
		} else {
			t = "xl/" + t
		}
		if strings.Contains(t, "..") || t != path.Clean(t) {
			return nil, errDecline
		}
		if strings.HasSuffix(r.Type, "/sharedStrings") && t != "xl/sharedStrings.xml" ||
			strings.HasSuffix(r.Type, "/styles") && t != "xl/styles.xml" {
			return nil, errDecline
		}
		targets[r.ID] = t
		data[r.ID] = strings.HasSuffix(r.Type, "/worksheet")
	}
	var visible, hidden []fastSheetRef
	for _, s := range wb.Sheets {
		var id string
		for _, a := range s.Attrs {
			if a.Name.Local == "id" {
				id = a.Value
			}
		}
		part, ok := targets[id]
		if !ok || id == "" {
			return nil, errDecline
		}
		if !data[id] {
			continue // a chartsheet or dialog sheet holds no roster
		}
		switch s.State {
		case "", "visible":
			visible = append(visible, fastSheetRef{s.Name, part, false})
		case "hidden", "veryHidden":
			hidden = append(hidden, fastSheetRef{s.Name, part, true})
		default:
			return nil, errDecline
		}
	}
	return append(visible, hidden...), nil
}

// plainStyles declines a workbook whose default cell format is not
// General (id 0, or a custom format whose code is General, as LibreOffice
// writes): its unstyled numbers could be dates.
func plainStyles(data []byte) error {
	if data == nil {
		return nil
	}
	var st struct {
		NumFmts []struct {
			ID   string `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xf []struct {
			NumFmtID *string `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if xml.Unmarshal(data, &st) != nil {
		return errDecline
	}
	if len(st.Xf) == 0 || st.Xf[0].NumFmtID == nil || *st.Xf[0].NumFmtID == "0" {
		return nil
	}
	general, defined := false, 0
	for _, f := range st.NumFmts {
		if f.ID == *st.Xf[0].NumFmtID {
			defined++
			general = strings.EqualFold(f.Code, "General")
		}
	}
	if defined != 1 || !general {
		return errDecline
	}
	return nil
}
