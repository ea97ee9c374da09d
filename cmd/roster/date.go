package main

import "time"

// Dates the upload file's name may carry: this century, as the platform
// reads them.
var (
	firstDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDate  = time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
)

// parseDate reads --date: eight digits yyyymmdd naming a real day from
// 20000101 to 20991231.
func parseDate(s string) (time.Time, bool) {
	if len(s) != 8 {
		return time.Time{}, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
	}
	d, err := time.Parse("20060102", s)
	if err != nil || d.Before(firstDate) || d.After(lastDate) {
		return time.Time{}, false
	}
	return d, true
}
