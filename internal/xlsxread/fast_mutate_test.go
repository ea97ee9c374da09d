package xlsxread

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"strconv"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// TestFastXLSXMutations mutates a generated sheet's XML byte by byte, as
// a fuzzer would, and checks that the fast reader reads each mutant as
// excelize does or declines.
func TestFastXLSXMutations(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	alphabet := []byte(`<>/="'&;# rctvisx0123AEabn` + "\n\r")
	n := 600
	if v, err := strconv.Atoi(os.Getenv("ROSTER_MUTANTS")); err == nil {
		n = v // a longer search: ROSTER_MUTANTS=100000
	}
	read := 0
	for i := range n {
		src := []byte(xlsxtest.GenSheetXML(uint64(1+2*(i%5)), 4))
		for range 1 + rng.IntN(3) {
			p := rng.IntN(len(src))
			switch rng.IntN(3) {
			case 0:
				src[p] = alphabet[rng.IntN(len(alphabet))]
			case 1:
				src = append(src[:p], src[p+1:]...)
			default:
				src = append(src[:p], append([]byte{alphabet[rng.IntN(len(alphabet))]}, src[p:]...)...)
			}
		}
		if agree(t, fmt.Sprint("mutant ", i), xlsxtest.TinyXLSX(t, string(src))) {
			read++
		}
	}
	t.Logf("the fast reader read %d of %d mutants, declined the rest", read, n)
}

// FuzzFastXLSX mutates a sheet's XML and checks that the fast reader reads
// it as excelize does or declines.
func FuzzFastXLSX(f *testing.F) {
	f.Add(xlsxtest.GenSheetXML(0, 5))
	f.Add(xlsxtest.GenSheetXML(1, 5))
	f.Fuzz(func(t *testing.T, sheetXML string) {
		if manyDigits.MatchString(sheetXML) {
			// Rows far down make excelize, the reference, build a
			// sheet of a million rows: too slow for a fuzzer.
			t.Skip()
		}
		agree(t, "fuzz.xlsx", xlsxtest.TinyXLSX(t, sheetXML))
	})
}

// manyDigits finds a row or cell reference of five digits or more.
var manyDigits = regexp.MustCompile(`[A-Za-z"'=]\s*\d{5}`)
