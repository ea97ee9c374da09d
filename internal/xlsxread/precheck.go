package xlsxread

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
)

// Limits that a workbook must keep before anything reads it. They fit a
// real roster of a million rows (about 300 MB of sheet XML packed into
// 30 MB) with room to spare, and stop what only a hostile or broken file
// does.
const (
	// MaxFileSize bounds what is read at all: a roster of a million rows
	// is far smaller.
	MaxFileSize = 256 << 20
	// maxZipEntries is far more parts than any workbook has.
	maxZipEntries = 10_000
	// maxPartSize bounds one part unpacked; maxUnzipTotal all of them.
	maxPartSize   = 1 << 30
	maxUnzipTotal = 2 << 30
	// maxPackRatio is how many times its packed size a large part may
	// unpack to. Sheet XML packs 5 to 30 times; a zip bomb of repeated
	// bytes about 1000 times. Parts below packRatioFloor are not judged.
	maxPackRatio   = 200
	packRatioFloor = 16 << 20
	// dimensionPeek is how much of each sheet is read for its dimension.
	dimensionPeek = 64 << 10
)

// precheckZip looks at a workbook's zip directory, and at the start of
// each sheet, before anything unpacks it whole: too many parts, parts
// named twice, parts too large or packed like a bomb, and a dimension
// past the last row a sheet may have.
func precheckZip(zr *zip.Reader, archiveSize int64) error {
	if len(zr.File) > maxZipEntries {
		return Refused("the file holds %d parts, far more than a workbook has", len(zr.File))
	}
	seen := make(map[string]bool, len(zr.File))
	var total, packed uint64
	for _, f := range zr.File {
		// Part names are case-insensitive (ECMA-376 part 2): excelize
		// and Excel would each read one of two such parts.
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if seen[name] {
			return damagedBecause("the file is damaged: two of its parts have the same name")
		}
		seen[name] = true
		size := f.UncompressedSize64
		total += size
		// Packed sizes bound the pack ratio only when they are true: all
		// of them together fit in the file.
		packed += f.CompressedSize64
		if packed > uint64(archiveSize) {
			return damagedBecause("the file is damaged: its parts are larger than the file")
		}
		switch {
		case size > maxPartSize:
			return tooLarge("the file is too large for a roster: one of its parts unpacks to more than %d MB", maxPartSize>>20)
		case total > maxUnzipTotal:
			return tooLarge("the file is too large for a roster: it unpacks to more than %d MB", maxUnzipTotal>>20)
		case size > packRatioFloor && size/max(f.CompressedSize64, 1) > maxPackRatio:
			return Refused("the file unpacks to %d times its size, as a zip bomb does, and is not read",
				size/max(f.CompressedSize64, 1))
		}
	}
	sheets := dataSheetParts(zr)
	for _, f := range zr.File {
		if sheets[f.Name] {
			if err := checkDimension(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkDimension refuses a sheet whose stated dimension reaches past the
// last row. The start of the part is read through a limited reader, so a
// part that lies about its size costs no more than dimensionPeek.
func checkDimension(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return Damaged(err)
	}
	defer rc.Close()
	head, err := io.ReadAll(io.LimitReader(rc, dimensionPeek))
	if err != nil {
		return Damaged(err)
	}
	i := bytes.Index(head, []byte("<dimension "))
	if i < 0 {
		return nil
	}
	tag := head[i:]
	if end := bytes.IndexByte(tag, '>'); end >= 0 {
		tag = tag[:end]
	}
	j := bytes.Index(tag, []byte(`ref="`))
	if j < 0 {
		return nil
	}
	ref := tag[j+len(`ref="`):]
	if k := bytes.IndexByte(ref, '"'); k >= 0 {
		ref = ref[:k]
	}
	last := ref
	if k := bytes.IndexByte(ref, ':'); k >= 0 {
		last = ref[k+1:]
	}
	if row := refRowNumber(string(last)); row > maxSheetRow {
		return Refused("the sheet goes past row %d, the last row a sheet may have", maxSheetRow)
	}
	return nil
}

// refRowNumber is the row of a cell reference such as C12 however large,
// or 0 when it has none.
func refRowNumber(ref string) int {
	i := strings.IndexAny(ref, "0123456789")
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range ref[i:] {
		if c < '0' || c > '9' {
			return 0
		}
		if n > maxSheetRow*10 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
