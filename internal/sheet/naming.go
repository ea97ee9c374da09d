package sheet

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"rosterdesk/internal/roster"
)

// maxNameLength bounds the upload file's name, in characters.
const maxNameLength = 100

// maxNameBytes bounds the upload file's name in UTF-8: most file systems
// (ext4, APFS, and zip entries that unpack there) allow 255 bytes, and
// 100 characters of CJK text or emoji are more.
const maxNameBytes = 255

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
// within 100 characters and 255 bytes of UTF-8: a longer municipality is
// cut at a character's boundary.
func UploadName(municipality string, date time.Time) string {
	suffix := "_" + date.Format("20060102") + ".xlsx"
	m := safeNamePart(municipality)
	runes := maxNameLength - utf8.RuneCountInString("Binogi_"+suffix)
	bytes := maxNameBytes - len("Binogi_"+suffix)
	if utf8.RuneCountInString(m) > runes || len(m) > bytes {
		m = strings.TrimRight(cutName(m, runes, bytes), ". ")
	}
	if m == "" {
		m = fallbackMunicipality
	}
	return "Binogi_" + m + suffix
}

// cutName returns the longest start of s, cut between characters, that
// has at most runes characters and bytes bytes.
func cutName(s string, runes, bytes int) string {
	end := 0
	for n := 0; n < runes && end < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		if end+size > bytes {
			break
		}
		end += size
	}
	return s[:end]
}

// safeNamePart makes text safe inside a Windows file name, without the
// characters that roster.CleanText removes from a value.
func safeNamePart(s string) string {
	s, _ = roster.CleanText(s)
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
