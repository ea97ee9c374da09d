package editor

import (
	"encoding/json"
	"fmt"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// The records of a journal, as JSON. A snapshot holds the whole document,
// its undo history included; the records after it are the edits, undos
// and redos since, in order.
const (
	recordSnapshot = "snapshot"
	recordDo       = "do"
	recordUndo     = "undo"
	recordRedo     = "redo"
)

type jRecord struct {
	Kind string `json:"k"`
	// A snapshot.
	Source string   `json:"src,omitempty"`
	Path   string   `json:"path,omitempty"`
	Stamp  *jStamp  `json:"stamp,omitempty"`
	Extra  []string `json:"cols,omitempty"`
	// Settled are the columns the user said the meaning of
	// (roster.Roster.SetSettled).
	Settled []string `json:"settled,omitempty"`
	// Twins are the extra columns headed as a field another column was
	// read as, with the field (roster.Roster.SetTwin).
	Twins map[string]roster.Field `json:"twins,omitempty"`
	// Sources are the files and sheets rows came from
	// (roster.Roster.Sources), which jRow.Source numbers.
	Sources []jSource  `json:"srcs,omitempty"`
	Rows    []jRow     `json:"rows,omitempty"`
	Edits   []jEdit    `json:"edits,omitempty"`
	Pos     int        `json:"pos,omitempty"`
	Saved   int        `json:"saved,omitempty"`
	Edit    *jEdit     `json:"edit,omitempty"` // a do record's edit
	Time    *time.Time `json:"time,omitempty"` // when the snapshot was taken
	// Import is what a snapshot keeps of how the list was read
	// (journalheld.go).
	Import *jImport `json:"imp,omitempty"`
}

type jSource struct {
	File     string `json:"f"`
	Sheet    string `json:"s,omitempty"`
	Filtered bool   `json:"flt,omitempty"`
}

type jStamp struct {
	ModTime time.Time `json:"t"`
	Size    int64     `json:"n"`
}

type jEdit struct {
	Label   string    `json:"l"`
	Changes []jChange `json:"c"`
}

type jRow struct {
	ID         roster.RowID             `json:"i"`
	Values     [roster.NumFields]string `json:"v"`
	Extra      []string                 `json:"x,omitempty"`
	Protected  bool                     `json:"p,omitempty"`
	LeftOut    bool                     `json:"lo,omitempty"`
	Hidden     bool                     `json:"h,omitempty"`
	SourceLine int                      `json:"s,omitempty"`
	Source     int                      `json:"o,omitempty"`
	// Removed holds roster.Row.Removed of each field; nil when none.
	Removed []string `json:"rm,omitempty"`
}

// jChange is one change of an edit. Rows that an edit inserts or removes
// travel whole; a reader uses the row it already knows by that id, if any,
// so that one row is one row wherever the history names it.
type jChange struct {
	Type   string         `json:"t"`
	ID     roster.RowID   `json:"i,omitempty"`
	Col    Column         `json:"c,omitempty"`
	Old    string         `json:"o,omitempty"`
	New    string         `json:"n,omitempty"`
	OldG   string         `json:"og,omitempty"`
	NewG   string         `json:"ng,omitempty"`
	OldP   bool           `json:"op,omitempty"`
	NewP   bool           `json:"np,omitempty"`
	OldL   bool           `json:"ol,omitempty"`
	NewL   bool           `json:"nl,omitempty"`
	At     int            `json:"a,omitempty"`
	Rows   []jRow         `json:"r,omitempty"`
	Before []roster.RowID `json:"b,omitempty"`
	After  []roster.RowID `json:"f,omitempty"`
}

func encodeRow(r *roster.Row) jRow {
	j := jRow{ID: r.ID, Values: r.Values, Extra: r.Extra, Protected: r.Protected, LeftOut: r.LeftOut, Hidden: r.Hidden,
		SourceLine: r.SourceLine, Source: r.Source}
	for _, f := range roster.Fields {
		if g := r.Removed(f); g != "" {
			if j.Removed == nil {
				j.Removed = make([]string, roster.NumFields)
			}
			j.Removed[f] = g
		}
	}
	return j
}

func encodeRows(rows []*roster.Row) []jRow {
	out := make([]jRow, len(rows))
	for i, r := range rows {
		out[i] = encodeRow(r)
	}
	return out
}

func rowIDs(rows []*roster.Row) []roster.RowID {
	ids := make([]roster.RowID, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func encodeEdit(label string, changes []change) *jEdit {
	e := &jEdit{Label: label, Changes: make([]jChange, len(changes))}
	for i, c := range changes {
		e.Changes[i] = encodeChange(c)
	}
	return e
}

// encodeSnapshot returns the whole document as a snapshot record.
func (d *Document) encodeSnapshot() []byte {
	rec := jRecord{Kind: recordSnapshot, Source: d.source, Path: d.path,
		Extra: d.roster.ExtraColumns, Settled: d.roster.SettledColumns(), Rows: encodeRows(d.roster.Rows),
		Pos: d.history.pos, Saved: d.history.savedAt}
	imp := d.encodeImport()
	rec.Import = &imp
	for _, src := range d.roster.Sources {
		rec.Sources = append(rec.Sources, jSource{File: src.File, Sheet: src.Sheet, Filtered: src.Filtered})
	}
	cols, fields := d.roster.TwinColumns()
	for i, c := range cols {
		if rec.Twins == nil {
			rec.Twins = make(map[string]roster.Field)
		}
		rec.Twins[d.roster.ExtraColumns[c]] = fields[i]
	}
	if !d.stamp.ModTime.IsZero() || d.stamp.Size != 0 {
		rec.Stamp = &jStamp{ModTime: d.stamp.ModTime, Size: d.stamp.Size}
	}
	for _, e := range d.history.edits {
		rec.Edits = append(rec.Edits, *encodeEdit(e.label, e.changes))
	}
	return mustMarshal(rec)
}

func encodeDo(label string, changes []change) []byte {
	return mustMarshal(jRecord{Kind: recordDo, Edit: encodeEdit(label, changes)})
}

func encodeStep(kind string) []byte { return mustMarshal(jRecord{Kind: kind}) }

// mustMarshal encodes a record; the types above always encode.
func mustMarshal(rec jRecord) []byte {
	b, err := json.Marshal(rec)
	if err != nil {
		panic(fmt.Sprintf("editor: encoding a journal record: %v", err))
	}
	return b
}

// rowRegistry knows every row a journal has named, by id, so that a row
// removed by one edit and put back by its undo is the same row.
type rowRegistry map[roster.RowID]*roster.Row

// row returns the known row with j's id, or a new one made from j.
func (reg rowRegistry) row(j jRow) (*roster.Row, error) {
	if j.ID == 0 {
		return nil, fmt.Errorf("a row without an id")
	}
	if r := reg[j.ID]; r != nil {
		return r, nil
	}
	r := &roster.Row{ID: j.ID, Values: j.Values, Extra: j.Extra, Protected: j.Protected, LeftOut: j.LeftOut, Hidden: j.Hidden,
		SourceLine: j.SourceLine, Source: j.Source}
	for i, g := range j.Removed {
		r.SetRemoved(roster.Field(i), g)
	}
	reg[j.ID] = r
	return r, nil
}

func (reg rowRegistry) rows(js []jRow) ([]*roster.Row, error) {
	out := make([]*roster.Row, len(js))
	for i, j := range js {
		r, err := reg.row(j)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

func (reg rowRegistry) byIDs(ids []roster.RowID) ([]*roster.Row, error) {
	out := make([]*roster.Row, len(ids))
	for i, id := range ids {
		if out[i] = reg[id]; out[i] == nil {
			return nil, fmt.Errorf("an unknown row %d", id)
		}
	}
	return out, nil
}

// learn registers the rows that edits insert or remove, so that a change
// can name a row that a later change of the history holds (a cell edited,
// then its row deleted).
func (reg rowRegistry) learn(edits ...jEdit) error {
	for _, e := range edits {
		for _, c := range e.Changes {
			if _, err := reg.rows(c.Rows); err != nil {
				return err
			}
		}
	}
	return nil
}

// decodeEdit turns a journal edit back into changes, with the rows the
// registry knows.
func (reg rowRegistry) decodeEdit(e jEdit, numColumns int) ([]change, error) {
	if err := reg.learn(e); err != nil {
		return nil, err
	}
	changes := make([]change, len(e.Changes))
	for i, c := range e.Changes {
		var err error
		if changes[i], err = decodeChange(reg, c, numColumns); err != nil {
			return nil, err
		}
	}
	return changes, nil
}

// decodeSnapshot makes the document a snapshot describes, and the
// registry of its rows.
func decodeSnapshot(rec jRecord) (*Document, rowRegistry, error) {
	reg := make(rowRegistry)
	r := roster.New()
	r.ExtraColumns = rec.Extra
	for _, name := range rec.Settled {
		r.SetSettled(name, true)
	}
	for name, f := range rec.Twins {
		r.SetTwin(name, f)
	}
	for _, src := range rec.Sources {
		r.Sources = append(r.Sources, roster.Source{File: src.File, Sheet: src.Sheet, Filtered: src.Filtered})
	}
	if rec.Import != nil {
		rec.Import.decodeColumns(r)
	}
	rows, err := reg.rows(rec.Rows)
	if err != nil {
		return nil, nil, err
	}
	if len(reg) != len(rows) {
		return nil, nil, fmt.Errorf("a row appears twice")
	}
	r.Insert(0, rows...)
	d := newDocument(r)
	numColumns := d.NumColumns()
	if err := reg.learn(rec.Edits...); err != nil {
		return nil, nil, err
	}
	for _, e := range rec.Edits {
		changes, err := reg.decodeEdit(e, numColumns)
		if err != nil {
			return nil, nil, err
		}
		d.history.edits = append(d.history.edits, edit{label: e.Label, changes: changes})
	}
	for _, row := range reg {
		r.Adopt(row) // ids of rows only the history holds stay taken
	}
	if rec.Pos < 0 || rec.Pos > len(d.history.edits) || rec.Saved < -1 || rec.Saved > len(d.history.edits) {
		return nil, nil, fmt.Errorf("an undo position out of range")
	}
	d.history.pos, d.history.savedAt = rec.Pos, rec.Saved
	d.source, d.path = rec.Source, rec.Path
	if rec.Stamp != nil {
		d.stamp = sheet.FileStamp{ModTime: rec.Stamp.ModTime, Size: rec.Stamp.Size}
	}
	if rec.Import != nil {
		if err := rec.Import.decode(d); err != nil {
			return nil, nil, err
		}
	}
	return d, reg, nil
}
