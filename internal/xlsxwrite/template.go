package xlsxwrite

import (
	"archive/zip"
	"embed"
	"encoding/xml"
	"strings"
	"time"
)

// The parts excelize writes for a one-sheet workbook of text cells with a
// bold text header, as it wrote them (excelize v2.11.1, a StreamWriter
// with SetSheetDimension, styles {NumFmt: 49} and {NumFmt: 49, Bold}).
// TestPartsAreExcelizes compares them with what excelize writes now.
//
//go:embed all:template
var templates embed.FS

// sheetPart is the one sheet's part name.
const sheetPart = "xl/worksheets/sheet1.xml"

// partNames are the parts taken from the templates as they are, in the
// order they are written: the content types first, as Office writes them.
var partNames = []string{
	"[Content_Types].xml",
	"_rels/.rels",
	"docProps/app.xml",
	"docProps/core.xml",
	"xl/workbook.xml",
	"xl/_rels/workbook.xml.rels",
	"xl/theme/theme1.xml",
	"xl/styles.xml",
}

// worksheetStart is the sheet part up to its first child element.
var worksheetStart = mustTemplate("worksheet-start.xml")

// templateSheetName is the sheet's name in the workbook template.
const templateSheetName = `<sheet name="Sheet1" `

func mustTemplate(name string) string {
	b, err := templates.ReadFile("template/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Creator is who the document properties say made the file.
const Creator = "Roster Desk"

// coreProperties is the document properties part, whose template names
// excelize's author ("xuri") and its template's date (2006-09-16).
const coreProperties = "docProps/core.xml"

// writeParts writes every part but the sheet's, with the sheet's name in
// the workbook, and Creator and saved as the file's author and its
// created and modified time in its document properties (tester T38: Excel's
// Properties showed "xuri" and 2006 on a file made today).
func writeParts(zw *zip.Writer, sheet string, saved time.Time) error {
	for _, name := range partNames {
		text := mustTemplate(name)
		if name == coreProperties {
			text = strings.Replace(text, "<dc:creator>xuri</dc:creator>", "<dc:creator>"+Creator+"</dc:creator>", 1)
			text = strings.ReplaceAll(text, "2006-09-16T00:00:00Z", saved.UTC().Format(time.RFC3339))
		}
		if name == "xl/workbook.xml" {
			var esc strings.Builder
			if err := xml.EscapeText(&esc, []byte(sheet)); err != nil {
				return err
			}
			text = strings.Replace(text, templateSheetName, `<sheet name="`+esc.String()+`" `, 1)
		}
		w, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(text)); err != nil {
			return err
		}
	}
	return nil
}
