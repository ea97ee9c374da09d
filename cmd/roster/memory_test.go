package main

import "testing"

func TestMemoryLimitFollowsTheList(t *testing.T) {
	none := func(string) string { return "" }
	small, _ := memoryLimit(1000, none)
	if small != minMemoryLimit {
		t.Errorf("limit for 1,000 rows %d, want the floor %d", small, minMemoryLimit)
	}
	million, ok := memoryLimit(1_000_000, none)
	if !ok || million < 900<<20 || million > 1000<<20 {
		t.Errorf("limit for a million rows %d MiB, want about 900 MiB", million>>20)
	}
	if two, _ := memoryLimit(2_000_000, none); two != 2*million {
		t.Errorf("limit for two million rows %d, want twice a million's %d", two, million)
	}
	user := func(k string) string { return map[string]string{"GOMEMLIMIT": "3GiB"}[k] }
	if _, ok := memoryLimit(1_000_000, user); ok {
		t.Error("GOMEMLIMIT set by the user must be kept")
	}
}
