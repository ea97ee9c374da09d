package roster

// SetTwin records that the extra column named name is headed as field f,
// which an earlier column of its source was read as ("Klass" twice): the
// checker says so on each row where the two disagree, since which one is
// right cannot be told from the file.
func (r *Roster) SetTwin(name string, f Field) {
	if r.twins == nil {
		r.twins = make(map[string]Field)
	}
	r.twins[name] = f
}

// TwinColumns returns the indexes of the extra columns SetTwin named,
// with the field each is headed as.
func (r *Roster) TwinColumns() (cols []int, fields []Field) {
	for i, name := range r.ExtraColumns {
		if f, ok := r.twins[name]; ok {
			cols, fields = append(cols, i), append(fields, f)
		}
	}
	return cols, fields
}
