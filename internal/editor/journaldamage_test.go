package editor

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/roster"
)

// journalWithBoundaries makes a journal one edit per record, and returns
// its bytes, where each record ends, and the document's state after each.
func journalWithBoundaries(t *testing.T) (data []byte, ends []int, states []string) {
	t.Helper()
	dir := t.TempDir()
	d := New()
	startJournal(t, d, dir)
	ids := d.InsertRows(0, 3)
	edits := []func(){
		func() { d.SetCell(ids[0], FieldColumn(roster.FirstName), "Tova") },
		func() { d.SetCell(ids[1], FieldColumn(roster.LastName), "Lind") },
		func() { d.Undo() },
		func() { d.Redo() },
		func() { d.SetProtected(ids[2:], true) },
		func() { d.DeleteRows(ids[:1]) },
		func() { d.Paste(0, FieldColumn(roster.Email), "tova@skola.example.se\r\nx@skola.example.se") },
	}
	flush := func() {
		if err := d.FlushJournal(); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(d.journal.file(journalExt))
		if err != nil {
			t.Fatal(err)
		}
		ends = append(ends, int(info.Size()))
		states = append(states, state(d))
	}
	flush()
	for _, edit := range edits {
		edit()
		flush()
	}
	data, err := os.ReadFile(d.journal.file(journalExt))
	if err != nil {
		t.Fatal(err)
	}
	d.CloseJournal()
	return data, ends, states
}

// recoverBytes writes data as a crashed session's journal and reads it.
func recoverBytes(t *testing.T, data []byte) (dir string, found []*Recovered, problems []string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "crashed"+journalExt), data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, p := FindRecoverable(dir)
	for _, text := range p {
		problems = append(problems, text.String())
	}
	return dir, f, problems
}

func TestJournalDropsATornTail(t *testing.T) {
	data, ends, states := journalWithBoundaries(t)
	for cut := 0; cut <= len(data); cut++ {
		dir, found, problems := recoverBytes(t, data[:cut])
		if len(problems) > 0 {
			t.Fatalf("cut at %d: %v", cut, problems)
		}
		whole := 0 // records wholly before the cut
		for whole < len(ends) && ends[whole] <= cut {
			whole++
		}
		if whole == 0 {
			if len(found) != 0 {
				t.Fatalf("cut at %d, inside the snapshot: found %d documents", cut, len(found))
			}
			if names := dirNames(t, dir); len(names) != 0 {
				t.Fatalf("cut at %d: files left %v", cut, names)
			}
			continue
		}
		if len(found) != 1 {
			t.Fatalf("cut at %d: found %d documents", cut, len(found))
		}
		r := found[0]
		if !r.Warning.IsZero() {
			t.Fatalf("cut at %d: warning %v", cut, r.Warning)
		}
		if got := state(r.Doc); got != states[whole-1] {
			t.Fatalf("cut at %d: restored\n%s\nwant\n%s", cut, got, states[whole-1])
		}
		r.Discard()
		if names := dirNames(t, dir); len(names) != 0 {
			t.Fatalf("cut at %d: files left after discarding: %v", cut, names)
		}
	}
}

func TestJournalIgnoresZerosAfterTheLastRecord(t *testing.T) {
	data, _, states := journalWithBoundaries(t)
	_, found, problems := recoverBytes(t, append(bytes.Clone(data), make([]byte, 4096)...))
	if len(problems) > 0 || len(found) != 1 || !found[0].Warning.IsZero() {
		t.Fatalf("found %d, problems %v", len(found), problems)
	}
	if got := state(found[0].Doc); got != states[len(states)-1] {
		t.Fatalf("restored\n%s\nwant\n%s", got, states[len(states)-1])
	}
	found[0].Discard()
}

func TestJournalWithAFlippedBitIsSetAside(t *testing.T) {
	data, ends, states := journalWithBoundaries(t)
	for pos := 0; pos < len(data); pos++ {
		flipped := bytes.Clone(data)
		flipped[pos] ^= 1 << (pos % 8)
		dir, found, problems := recoverBytes(t, flipped)
		record := 0 // the record the flipped bit is in
		for record < len(ends) && ends[record] <= pos {
			record++
		}
		if record == 0 {
			if len(found) != 0 || len(problems) != 1 {
				t.Fatalf("bit %d, in the snapshot: found %d, problems %v", pos, len(found), problems)
			}
		} else {
			if len(problems) != 0 || len(found) != 1 || found[0].Warning.IsZero() {
				t.Fatalf("bit %d, in record %d: found %d, problems %v", pos, record, len(found), problems)
			}
			if got := state(found[0].Doc); got != states[record-1] {
				t.Fatalf("bit %d: restored\n%s\nwant\n%s", pos, got, states[record-1])
			}
			found[0].Discard()
		}
		if names := dirNames(t, dir); len(names) != 1 || names[0] != "crashed"+setAsideExt {
			t.Fatalf("bit %d: files %v, want the journal set aside", pos, names)
		}
		aside, _ := os.ReadFile(filepath.Join(dir, "crashed"+setAsideExt))
		if !bytes.Equal(aside, flipped) {
			t.Fatalf("bit %d: the set-aside file is not the journal as it was", pos)
		}
	}
}

func TestJournalRecordThatDoesNotFitStopsTheReplay(t *testing.T) {
	data, _, states := journalWithBoundaries(t)
	bad := encodeDo("Edit FirstName", []change{cellChange{id: 999, col: 1, new: "Okänd"}})
	_, found, problems := recoverBytes(t, appendFrame(bytes.Clone(data), bad))
	if len(problems) != 0 || len(found) != 1 || found[0].Warning.IsZero() {
		t.Fatalf("found %d, problems %v", len(found), problems)
	}
	if got := state(found[0].Doc); got != states[len(states)-1] {
		t.Fatalf("restored\n%s\nwant\n%s", got, states[len(states)-1])
	}
	found[0].Discard()
}

func TestJournalOfAnotherKindIsSetAside(t *testing.T) {
	for name, data := range map[string][]byte{
		"random":      []byte("PK\x03\x04 not a journal at all"),
		"no snapshot": appendFrame([]byte(journalMagic), encodeStep(recordUndo)),
		"bad json":    appendFrame([]byte(journalMagic), []byte("{")),
	} {
		dir, found, problems := recoverBytes(t, data)
		if len(found) != 0 || len(problems) != 1 {
			t.Fatalf("%s: found %d, problems %v", name, len(found), problems)
		}
		if names := dirNames(t, dir); len(names) != 1 || names[0] != "crashed"+setAsideExt {
			t.Fatalf("%s: files %v", name, names)
		}
	}
}
