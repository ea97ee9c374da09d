package version

import (
	"regexp"
	"testing"
)

func TestVersionReads(t *testing.T) {
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(Number) {
		t.Errorf("Number %q is not x.y.z, which the Windows build needs", Number)
	}
	if Build < 1 {
		t.Errorf("Build %d", Build)
	}
	if got, want := String(), Number+" (build 1)"; Build == 1 && got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
