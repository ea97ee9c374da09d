package sheet

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var fixedDate = time.Date(2021, 8, 7, 15, 4, 5, 0, time.UTC)

func TestUploadName(t *testing.T) {
	long := strings.Repeat("Å", 200)
	tests := []struct{ in, want string }{
		{"Borås", "Binogi_Borås_20210807.xlsx"},
		{"Bora\u030as", "Binogi_Borås_20210807.xlsx"}, // decomposed å is composed
		{"Upplands Väsby", "Binogi_Upplands Väsby_20210807.xlsx"},
		{"  Upplands \t\n Väsby  ", "Binogi_Upplands Väsby_20210807.xlsx"},
		{"Håbo", "Binogi_Håbo_20210807.xlsx"},
		{"Öckerö", "Binogi_Öckerö_20210807.xlsx"},
		{"", "Binogi_Kommun_20210807.xlsx"},
		{"   ", "Binogi_Kommun_20210807.xlsx"},
		{`<>:"/\|?*`, "Binogi_Kommun_20210807.xlsx"},
		{"Ale\x00\x1f\x7f", "Binogi_Ale_20210807.xlsx"},
		{"Borås.", "Binogi_Borås_20210807.xlsx"},
		{"Borås. . ", "Binogi_Borås_20210807.xlsx"},
		{"...", "Binogi_Kommun_20210807.xlsx"},
		{"a/b\\c:d", "Binogi_abcd_20210807.xlsx"},
		{"../../etc", "Binogi_etc_20210807.xlsx"},
		{"Salem?*", "Binogi_Salem_20210807.xlsx"},
		{"Lidingö stad", "Binogi_Lidingö stad_20210807.xlsx"},
		{"Pietarsaari – Jakobstad", "Binogi_Pietarsaari – Jakobstad_20210807.xlsx"},
		// Reserved device names are only reserved as the whole base name;
		// inside Binogi_…_date they are harmless.
		{"CON", "Binogi_CON_20210807.xlsx"},
		{"nul", "Binogi_nul_20210807.xlsx"},
		{"COM1", "Binogi_COM1_20210807.xlsx"},
		{"LPT9", "Binogi_LPT9_20210807.xlsx"},
		{"AUX.txt", "Binogi_AUX.txt_20210807.xlsx"},
		{long, "Binogi_" + strings.Repeat("Å", 100-len("Binogi__20210807.xlsx")) + "_20210807.xlsx"},
		// 255 bytes bound a name before 100 characters do: 3 bytes a
		// character leave room for 78, 4 for 58 (255 - 21 bytes around).
		{strings.Repeat("東", 120), "Binogi_" + strings.Repeat("東", 78) + "_20210807.xlsx"},
		{strings.Repeat("😀", 120), "Binogi_" + strings.Repeat("😀", 58) + "_20210807.xlsx"},
		// Characters that look like nothing name nothing.
		{"\u200b", "Binogi_Kommun_20210807.xlsx"},
		{"\u2800\u3164", "Binogi_Kommun_20210807.xlsx"},
		{"Bor\u00adås\u202e", "Binogi_Borås_20210807.xlsx"},
	}
	for _, tt := range tests {
		got := UploadName(tt.in, fixedDate)
		if got != tt.want {
			t.Errorf("UploadName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkSafeName(t, got)
	}
}

func TestUploadNameLength(t *testing.T) {
	for _, m := range []string{
		strings.Repeat("ab", 80),
		strings.Repeat("😀", 120),
		strings.Repeat("東京都", 40),
		strings.Repeat("Å", 99) + "😀",
		strings.Repeat("x", 78) + ".  y",      // the cut lands on ". " and is trimmed
		strings.Repeat("a", 78) + " " + "bbb", // the cut lands on a space
	} {
		got := UploadName(m, fixedDate)
		if n := utf8.RuneCountInString(got); n > 100 {
			t.Errorf("UploadName(%.20q…) is %d characters", m, n)
		}
		if len(got) > 255 {
			t.Errorf("UploadName(%.20q…) is %d bytes", m, len(got))
		}
		if !strings.HasPrefix(got, "Binogi_") || !strings.HasSuffix(got, "_20210807.xlsx") {
			t.Errorf("UploadName(%.20q…) = %q", m, got)
		}
		checkSafeName(t, got)
	}
}

// checkSafeName fails if name is not a safe Windows file name.
func checkSafeName(t *testing.T, name string) {
	t.Helper()
	if !utf8.ValidString(name) || strings.ContainsAny(name, `<>:"/\|?*`) {
		t.Errorf("%q has a forbidden character", name)
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			t.Errorf("%q has a control character", name)
		}
	}
	municipality := strings.TrimSuffix(strings.TrimPrefix(name, "Binogi_"), "_20210807.xlsx")
	if strings.HasSuffix(municipality, ".") || strings.HasSuffix(municipality, " ") || strings.HasPrefix(municipality, " ") {
		t.Errorf("%q: the municipality part ends with a dot or space", name)
	}
	base := strings.ToUpper(strings.SplitN(name, ".", 2)[0])
	for _, reserved := range []string{"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"} {
		if base == reserved {
			t.Errorf("%q is a reserved name", name)
		}
	}
}
