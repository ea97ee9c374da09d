package xlsxwrite

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"runtime"
	"sync"
)

// The sheet is most of the upload file's bytes, and deflating it most of
// the time to write it. So it is deflated in chunks on every processor,
// as pigz does: each chunk on its own, ended by a sync flush (the last by
// the final block), and the compressed chunks written in order, which is
// one deflate stream that any reader inflates as a whole.

// deflateChunk is how many bytes of the sheet are deflated at a time.
const deflateChunk = 512 << 10

// chunk is a piece of the sheet and, once done is closed, its deflated
// bytes. Chunks are used again once written out.
type chunk struct {
	in   []byte
	out  bytes.Buffer
	last bool
	done chan struct{}
}

// parallelDeflate is the sheet's zip entry, written raw: it deflates
// what is written to it and keeps the entry's checksum and sizes.
type parallelDeflate struct {
	fh      *zip.FileHeader
	out     io.Writer
	buf     *chunk // being filled
	free    []*chunk
	jobs    chan *chunk
	pending []*chunk
	workers sync.WaitGroup
	err     error
}

// createDeflated starts the entry name in zw, to be ended by close before
// anything else is written to zw.
func createDeflated(zw *zip.Writer, name string) (*parallelDeflate, error) {
	fh := &zip.FileHeader{Name: name, Method: zip.Deflate, Flags: 0x8, CreatorVersion: 20, ReaderVersion: 20}
	out, err := zw.CreateRaw(fh)
	if err != nil {
		return nil, err
	}
	d := &parallelDeflate{fh: fh, out: out, jobs: make(chan *chunk)}
	d.buf = d.newChunk()
	for range max(runtime.GOMAXPROCS(0), 1) {
		d.workers.Go(d.work)
	}
	return d, nil
}

// work deflates chunks until there are no more.
func (d *parallelDeflate) work() {
	fw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	for c := range d.jobs {
		c.out.Reset()
		fw.Reset(&c.out)
		fw.Write(c.in) // a bytes.Buffer takes every byte
		if c.last {
			fw.Close()
		} else {
			fw.Flush()
		}
		close(c.done)
	}
}

// newChunk returns a chunk written out before, or a new one.
func (d *parallelDeflate) newChunk() *chunk {
	if n := len(d.free); n > 0 {
		c := d.free[n-1]
		d.free = d.free[:n-1]
		c.in = c.in[:0]
		return c
	}
	return &chunk{in: make([]byte, 0, deflateChunk)}
}

// Write adds p to the sheet.
func (d *parallelDeflate) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), deflateChunk-len(d.buf.in))
		d.buf.in = append(d.buf.in, p[:k]...)
		p = p[k:]
		if len(d.buf.in) == deflateChunk {
			d.send(false)
		}
	}
	return n, d.err
}

// send hands the bytes gathered to a worker, and writes out the chunks
// done while more than one per worker waits.
func (d *parallelDeflate) send(last bool) {
	c := d.buf
	d.fh.CRC32 = crc32.Update(d.fh.CRC32, crc32.IEEETable, c.in)
	d.fh.UncompressedSize64 += uint64(len(c.in))
	c.last, c.done = last, make(chan struct{})
	d.jobs <- c
	d.pending = append(d.pending, c)
	d.buf = d.newChunk()
	for len(d.pending) > 2*runtime.GOMAXPROCS(0) {
		d.flushOne()
	}
}

// flushOne waits for the oldest chunk and writes it out.
func (d *parallelDeflate) flushOne() {
	c := d.pending[0]
	d.pending = d.pending[1:]
	<-c.done
	d.fh.CompressedSize64 += uint64(c.out.Len())
	if d.err == nil {
		_, d.err = d.out.Write(c.out.Bytes())
	}
	d.free = append(d.free, c)
}

// close deflates the rest, writes every chunk and sets the entry's
// checksum and sizes, which the zip writes after it.
func (d *parallelDeflate) close() error {
	d.send(true)
	close(d.jobs)
	for len(d.pending) > 0 {
		d.flushOne()
	}
	d.workers.Wait()
	// archive/zip writes a raw entry's data descriptor from the 32-bit
	// sizes, which CreateRaw set from the 64-bit ones when they were 0.
	//lint:ignore SA1019 the data descriptor is written from these
	d.fh.CompressedSize = uint32(min(d.fh.CompressedSize64, 1<<32-1))
	//lint:ignore SA1019 the data descriptor is written from these
	d.fh.UncompressedSize = uint32(min(d.fh.UncompressedSize64, 1<<32-1))
	return d.err
}
