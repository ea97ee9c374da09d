package main

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	for s, ok := range map[string]bool{
		"20000101": true, "20991231": true, "20240229": true, "20260901": true,
		"00000101": false, "19991231": false, "21000101": false, "20230229": false,
		"20261301": false, "20260931": false, "20260900": false, "2026091": false,
		"202609011": false, "2026-09-01": false, "+2026091": false, "": false, "２０２６０９０１": false,
	} {
		d, got := parseDate(s)
		if got != ok {
			t.Errorf("parseDate(%q) = %v, %v; want ok %v", s, d, got, ok)
		}
		if ok && d.Format("20060102") != s {
			t.Errorf("parseDate(%q) = %v", s, d)
		}
	}
}

func TestExportRefusesADateOutsideTheCentury(t *testing.T) {
	path := writeFile(t, "elever.csv", []byte(cleanCSV))
	for _, date := range []string{"00000101", "21000101", "20230229"} {
		code, stdout, stderr := runRoster("export", "--out", t.TempDir(), "--date", date, path)
		if code != exitUnreadable || stdout != "" || !strings.Contains(stderr, "from 20000101 to 20991231") {
			t.Errorf("--date %s: exit %d, stdout %q, stderr %q", date, code, stdout, stderr)
		}
	}
}
