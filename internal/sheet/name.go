package sheet

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxNameLength bounds the upload file's name, in characters.
const maxNameLength = 100

// fallbackMunicipality names the file when the roster names no
// municipality.
const fallbackMunicipality = "Kommun"

// UploadName returns the name of the upload file:
// "Binogi_" + municipality + "_" + yyyymmdd + ".xlsx", as
// Binogi_Borås_20210807.xlsx. The municipality keeps å, ä and ö (in
// composed form, as Windows shows them) and its inner spaces, single; it
// loses what Windows forbids in names (< > : " / \ | ? * and control
// characters), invisible format characters such as a right-to-left
// override, and any dots or spaces at its ends. The whole name stays
// within 100 characters.
func UploadName(municipality string, date time.Time) string {
	suffix := "_" + date.Format("20060102") + ".xlsx"
	m := safeNamePart(municipality)
	budget := maxNameLength - utf8.RuneCountInString("Binogi_"+suffix)
	if utf8.RuneCountInString(m) > budget {
		m = strings.TrimRight(string([]rune(m)[:budget]), ". ")
	}
	if m == "" {
		m = fallbackMunicipality
	}
	return "Binogi_" + m + suffix
}

// safeNamePart makes text safe inside a Windows file name.
func safeNamePart(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`<>:"/\|?*`, r), unicode.IsControl(r),
			unicode.Is(unicode.Cf, r), r == utf8.RuneError:
			// Format characters (right-to-left override, zero-width
			// space) would make the name look other than it is.
			continue
		case unicode.IsSpace(r):
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.Trim(strings.Join(strings.Fields(b.String()), " "), ". ")
}
