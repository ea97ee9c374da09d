package xlsxread

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"path"
	"strings"
)

// bookSheet is a sheet as the workbook lists it (xl/workbook.xml), with
// the part its relationship points to, resolved as excelize resolves it.
type bookSheet struct {
	name, state, part string
	// data says the relationship is a worksheet's: chartsheets, dialog
	// sheets and macro sheets hold no roster, whatever markup they carry.
	data bool
}

// maxBookPart bounds what is read of the workbook's small parts.
const maxBookPart = 16 << 20

// zipBookSheets lists the sheets of a workbook through its package
// relationships, its workbook part and that part's relationships, never
// by the names of parts.
func zipBookSheets(zr *zip.Reader) ([]bookSheet, error) {
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[f.Name] = f
	}
	read := func(name string) []byte {
		f, ok := files[name]
		if !ok {
			return nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil
		}
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, maxBookPart))
		return b
	}
	book := "xl/workbook.xml"
	if rels, err := readRelationships(read("_rels/.rels")); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				book = strings.TrimPrefix(r.Target, "/")
				break
			}
		}
	}
	dir, base := path.Split(book)
	return listBookSheets(read(book), read(dir+"_rels/"+base+".rels"), strings.TrimSuffix(dir, "/"))
}

// relationship is one Relationship of a .rels part.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Target string `xml:"Target,attr"`
	Type   string `xml:"Type,attr"`
}

func readRelationships(data []byte) ([]relationship, error) {
	var rels struct {
		Rels []relationship `xml:"Relationship"`
	}
	err := xml.Unmarshal(data, &rels)
	return rels.Rels, err
}

// listBookSheets reads the sheets of a workbook part and its
// relationships; dir is the workbook part's folder.
func listBookSheets(workbook, relsData []byte, dir string) ([]bookSheet, error) {
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			State string     `xml:"state,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(workbook, &wb); err != nil {
		return nil, err
	}
	rels, err := readRelationships(relsData)
	if err != nil {
		return nil, err
	}
	var sheets []bookSheet
	for _, s := range wb.Sheets {
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" {
				id = a.Value
			}
		}
		for _, r := range rels {
			if r.ID != id || id == "" {
				continue
			}
			part := path.Clean(dir + "/" + r.Target)
			if strings.HasPrefix(r.Target, "/") {
				part = path.Clean(r.Target)
			}
			sheets = append(sheets, bookSheet{name: s.Name, state: s.State,
				part: strings.TrimPrefix(part, "/"), data: strings.HasSuffix(r.Type, "/worksheet")})
			break
		}
	}
	return sheets, nil
}

// zipSheetFile returns the part of the sheet named name, or nil when the
// workbook has no such sheet or its parts cannot be read.
func zipSheetFile(zr *zip.Reader, name string) *zip.File {
	sheets, err := zipBookSheets(zr)
	if err != nil {
		return nil
	}
	for _, s := range sheets {
		if s.name != name {
			continue
		}
		for _, f := range zr.File {
			if f.Name == s.part {
				return f
			}
		}
	}
	return nil
}

// dataSheetParts are the parts of the workbook's worksheets.
func dataSheetParts(zr *zip.Reader) map[string]bool {
	sheets, _ := zipBookSheets(zr)
	parts := map[string]bool{}
	for _, s := range sheets {
		if s.data {
			parts[s.part] = true
		}
	}
	return parts
}
