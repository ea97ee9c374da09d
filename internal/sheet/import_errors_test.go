package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/testenv"
	"rosterdesk/internal/xlsxread"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// oleEncrypted is a hand-built stand-in for a password-protected xlsx: an
// OLE2 header followed by a directory entry name, "EncryptionInfo" in
// UTF-16LE, which is all the sniffer looks for. It is not a full
// compound file.
func oleEncrypted() []byte {
	b := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	b = append(b, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	return append(b, make([]byte, 512)...)
}

func zipWithout(t *testing.T, name, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(content))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadFileUnreadable(t *testing.T) {
	dir := t.TempDir()
	real, err := os.ReadFile(filepath.Join("testdata", "import", "excelize.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 8192)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"old xls", filepath.Join("testdata", "import", "old.xls"), ErrOldXLS},
		{"ods", filepath.Join("testdata", "import", "calc.ods"), ErrODS},
		{"ods is not a spreadsheet", filepath.Join("testdata", "import", "calc.ods"), ErrNotSpreadsheet},
		{"encrypted", filepath.Join("testdata", "import", "locked.xlsx"), ErrEncrypted},
		{"encrypted, hand-built", write("locked.xlsx", oleEncrypted()), ErrEncrypted},
		{"random bytes", write("random.xlsx", random), ErrNotSpreadsheet},
		{"empty", write("empty.csv", nil), ErrEmpty},
		{"truncated xlsx", write("cut.xlsx", real[:100]), ErrDamaged},
		{"zip without workbook", write("other.zip", zipWithout(t, "readme.txt", "hello")), ErrNotSpreadsheet},
		{"csv without header", write("list.csv", []byte("Namn;Adress\nAnna;Gatan 1\n")), ErrNoHeader},
		{"text with a NUL byte", write("nul.csv", []byte("Email,First\x00name\n")), ErrCSVText},
		{"binary with NUL", write("bin.csv", []byte("\x00\x01\x02\x03\x00\x10\x00\x00\x7fELF\x02\x01\x01")), ErrNotSpreadsheet},
		{"missing", filepath.Join(dir, "elever.xlsx"), fs.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			imp, err := ReadFile(tt.path)
			if imp != nil || !errors.Is(err, tt.want) {
				t.Fatalf("ReadFile = %v, %v; want %v", imp, err, tt.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not a *FileError", err)
			}
			msg := err.Error()
			if strings.ContainsAny(msg, "\r\n") || !strings.HasPrefix(msg, filepath.Base(tt.path)+": ") && !strings.HasPrefix(msg, filepath.Base(tt.path)+", row ") {
				t.Errorf("message %q: want one line starting with the file name", msg)
			}
			if d := time.Since(start); d > testenv.HangBound {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestFileErrorMessages(t *testing.T) {
	tests := []struct {
		err  *FileError
		want string
	}{
		{&FileError{Path: "/home/a/elever.xls", Err: ErrOldXLS},
			"elever.xls: this is an old Excel 97–2003 file (.xls); open it in Excel and save it as .xlsx"},
		{&FileError{Path: `elever.xlsx`, Err: osReason(fs.ErrNotExist)}, "elever.xlsx: no such file"},
		{&FileError{Path: "a.csv", Row: 7, Column: "Email", Err: errors.New("bad\nthing")},
			"a.csv, row 7, column Email: bad thing"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestReadXLSXDirect(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		want error
	}{
		{oleEncrypted(), ErrEncrypted},
		{[]byte("Email,FirstName,LastName\n"), ErrNotSpreadsheet},
		{nil, ErrEmpty},
	} {
		_, err := ReadXLSX(bytes.NewReader(tt.data), int64(len(tt.data)), "x.xlsx")
		if !errors.Is(err, tt.want) {
			t.Errorf("ReadXLSX(%.10q) = %v, want %v", tt.data, err, tt.want)
		}
	}
}

func TestCSVErrorLine(t *testing.T) {
	// One line end inside a cell before it: Excel shows line 4 as row 3.
	err := csvError("a.csv", &csvParseError, 1)
	fe, ok := errors.AsType[*FileError](err)
	if !ok || fe.Row != 3 || !strings.HasPrefix(err.Error(), "a.csv, row 3: ") {
		t.Errorf("csvError = %v", err)
	}
}

var csvParseError = csv.ParseError{StartLine: 4, Line: 4, Column: 3, Err: csv.ErrQuote}

// TestReadXLSXErrorDeepInLargeSheet reads a sheet large enough for the
// fast reader to scan it beside the rows being built: a cell too long
// for Excel far down still names the file, row and column, and no part
// of the list is given.
func TestReadXLSXErrorDeepInLargeSheet(t *testing.T) {
	const bad = 2500
	sheetXML := xlsxtest.Worksheet(rosterRows(3000, func(r int, row string) string {
		if r != bad {
			return row
		}
		return strings.Replace(row, "</row>", `<c r="Z2500" t="inlineStr"><is><t>`+strings.Repeat("x", xlsxread.MaxCellChars+1)+`</t></is></c></row>`, 1)
	}), "")
	if len(sheetXML) < 256<<10 {
		t.Fatalf("the sheet is %d bytes, too small to be scanned beside the rows", len(sheetXML))
	}
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(sheetXML))
	imp, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), "big.xlsx")
	fe, ok := errors.AsType[*xlsxread.FileError](err)
	if imp != nil || !ok || fe.Path != "big.xlsx" || fe.Row != bad || fe.Column != "Z" || !errors.Is(err, xlsxread.ErrRefused) {
		t.Fatalf("got %v and %v, want no list and the refusal at big.xlsx, row %d, column Z", imp, err, bad)
	}
}
