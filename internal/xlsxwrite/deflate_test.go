package xlsxwrite

import (
	"archive/zip"
	"bytes"
	"io"
	"math/rand/v2"
	"testing"
)

func TestParallelDeflateInflatesToWhatWasWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for _, n := range []int{0, 1, deflateChunk - 1, deflateChunk, deflateChunk + 1, 11*deflateChunk/2 + 7} {
		data := make([]byte, n)
		for i := range data {
			data[i] = "<c>Tova Lind 9A\n"[rng.IntN(16)]
			if rng.IntN(50) == 0 {
				data[i] = byte(rng.IntN(256))
			}
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		d, err := createDeflated(zw, "sheet.xml")
		if err != nil {
			t.Fatal(err)
		}
		for rest := data; len(rest) > 0; {
			k := min(len(rest), 1+rng.IntN(3*deflateChunk/2))
			d.Write(rest[:k])
			rest = rest[k:]
		}
		if err := d.close(); err != nil {
			t.Fatal(err)
		}
		if w, err := zw.Create("after.xml"); err != nil || func() error { _, err := w.Write([]byte("<x/>")); return err }() != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		// archive/zip checks the size and checksum as it inflates.
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(rc)
			if err != nil {
				t.Fatalf("%d bytes: %s: %v", n, f.Name, err)
			}
			if f.Name == "sheet.xml" && !bytes.Equal(got, data) {
				t.Errorf("%d bytes: read back %d bytes that differ", n, len(got))
			}
		}
	}
}
