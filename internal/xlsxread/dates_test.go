package xlsxread

import "testing"

func TestDateFormatCode(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd": true, "d/m/yyyy": true, "[h]:mm:ss": true, "h:mm AM/PM": true,
		"[$-41D]mmmm yyyy": true, "General": false, "0.00": false, "0.00E+00": false,
		`#,##0 "kr"`: false, `[Red]0`: false, `0 \d`: false, "@": false,
	} {
		if got := dateFormatCode(code); got != want {
			t.Errorf("dateFormatCode(%q) = %v, want %v", code, got, want)
		}
	}
}
