package sheet

import "testing"

// Invisible format characters would make the name look other than it
// is: a right-to-left override turns "Ale‮xslx.exe" around on screen.
func TestUploadNameFormatCharacters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ale\u202Eslx.exe", "Binogi_Aleslx.exe_20210807.xlsx"},
		{"Bo\u200Brås", "Binogi_Borås_20210807.xlsx"},
		{"\uFEFFBorås", "Binogi_Borås_20210807.xlsx"},
		{"Bor\xe5s", "Binogi_Bors_20210807.xlsx"}, // Latin-1 byte: not UTF-8
		{"\u200E\u200F", "Binogi_Kommun_20210807.xlsx"},
	}
	for _, tt := range tests {
		got := UploadName(tt.in, fixedDate)
		if got != tt.want {
			t.Errorf("UploadName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkSafeName(t, got)
	}
}
