package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"rosterdesk/internal/sheet"
)

// mapFlag adds --map "SOURCE HEADER=TARGET", which may be given many
// times, and returns the mappings read.
func (r *runner) mapFlag(fs *flag.FlagSet) *[]sheet.ColumnMap {
	var maps []sheet.ColumnMap
	fs.Func("map", `"SOURCE HEADER=TARGET": read the column under SOURCE HEADER as TARGET`, func(s string) error {
		m, err := sheet.ParseColumnMap(s)
		if err != nil {
			return fmt.Errorf("%s", r.sayError(err))
		}
		maps = append(maps, m)
		return nil
	})
	return &maps
}

// unmatchedMaps says, on stderr, which mappings' headers no source has,
// and reports whether there were any: each is a usage error.
func (r *runner) unmatchedMaps(command string, maps []sheet.ColumnMap, imps []*sheet.Import, stderr io.Writer) bool {
	found := map[string]bool{}
	for _, imp := range imps {
		for _, h := range imp.Mapped {
			found[h] = true
		}
	}
	bad := false
	for _, m := range maps {
		if !found[m.Header] {
			fmt.Fprintln(stderr, r.tr("roster %s: --map %q: no file read has a column %q", command, m.Header+"="+m.Target.String(), strings.TrimSpace(m.Header)))
			bad = true
		}
	}
	return bad
}
