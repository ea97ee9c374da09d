package ui

import "testing"

func TestPaceMemoryKeepsTheUsersGOGC(t *testing.T) {
	var got []int
	set := func(p int) int { got = append(got, p); return 100 }
	PaceMemory(func(string) string { return "" }, set)
	if len(got) != 1 || got[0] != windowGCPercent || windowGCPercent >= 100 {
		t.Errorf("pace set %v, want %d, below Go's 100", got, windowGCPercent)
	}
	got = nil
	PaceMemory(func(k string) string { return map[string]string{"GOGC": "200"}[k] }, set)
	if len(got) != 0 {
		t.Errorf("pace set %v with GOGC given: the user's must be kept", got)
	}
}
