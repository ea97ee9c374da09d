package editor

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
)

// A journal file is journalMagic followed by records. Each record is
// framed so that a reader can tell a record that is whole from one that a
// crash cut short (a torn tail, which is dropped) and from one that was
// damaged afterwards (a changed bit, which is reported):
//
//	length     uint32, little-endian: the payload's length in bytes
//	sum        uint32: CRC-32C of the payload
//	headSum    uint32: CRC-32C of the eight bytes above
//	payload    length bytes
const (
	journalMagic   = "RDJRNL1\n"
	frameHeaderLen = 12
	// maxRecordLen bounds one record: a snapshot of a million-row list
	// fits many times over, and a damaged length cannot make the reader
	// ask for gigabytes.
	maxRecordLen = 1 << 30
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// appendFrame appends payload, framed, to buf.
func appendFrame(buf, payload []byte) []byte {
	var head [frameHeaderLen]byte
	binary.LittleEndian.PutUint32(head[0:4], uint32(len(payload)))
	binary.LittleEndian.PutUint32(head[4:8], crc32.Checksum(payload, castagnoli))
	binary.LittleEndian.PutUint32(head[8:12], crc32.Checksum(head[:8], castagnoli))
	buf = append(buf, head[:]...)
	return append(buf, payload...)
}

// journalContents is what a reader found in a journal file.
type journalContents struct {
	// records are the payloads of the whole, intact records, in order.
	records [][]byte
	// torn is true when the file ended in the middle of a record (a crash
	// while writing): that record is dropped.
	torn bool
	// damaged is true when a whole record after records failed its
	// checksum: it and everything after it are not to be trusted.
	damaged bool
}

// readFrames splits a journal file into its records. It never fails: a
// file that is not a journal has damaged set and no records.
func readFrames(data []byte) journalContents {
	var c journalContents
	if !bytes.HasPrefix(data, []byte(journalMagic)) {
		// A crash before the magic was whole leaves a prefix of it.
		if bytes.HasPrefix([]byte(journalMagic), data) {
			c.torn = true
		} else {
			c.damaged = true
		}
		return c
	}
	rest := data[len(journalMagic):]
	for len(rest) > 0 {
		if allZero(rest) {
			// File systems can leave zeros where a write was lost.
			c.torn = true
			return c
		}
		if len(rest) < frameHeaderLen {
			c.torn = true
			return c
		}
		head := rest[:frameHeaderLen]
		if crc32.Checksum(head[:8], castagnoli) != binary.LittleEndian.Uint32(head[8:12]) {
			c.damaged = true
			return c
		}
		n := binary.LittleEndian.Uint32(head[0:4])
		if n > maxRecordLen {
			c.damaged = true
			return c
		}
		if uint64(len(rest)-frameHeaderLen) < uint64(n) {
			c.torn = true
			return c
		}
		payload := rest[frameHeaderLen : frameHeaderLen+int(n)]
		if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(head[4:8]) {
			c.damaged = true
			return c
		}
		c.records = append(c.records, payload)
		rest = rest[frameHeaderLen+int(n):]
	}
	return c
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
