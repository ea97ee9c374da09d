package xlsxread

import "testing"

func TestRoundedNumber(t *testing.T) {
	if got, ok := roundedCell("1.23456789012346E+019"); !ok || got != "1.23456789012346E+19" {
		t.Errorf("roundedCell of LibreOffice's exponent = %q, %v", got, ok)
	}
	if got, ok := roundedCell("1.5E+3"); ok || got != "1.5E+3" {
		t.Errorf("roundedCell(1.5E+3) = %q, %v; want it kept", got, ok)
	}
	for in, want := range map[string]string{
		"1234567890123456789":    "1.23456789012346E+18",
		"1.234567890123457e+19":  "1.23456789012346E+19",
		"12345678901234500000":   "1.23456789012345E+19",
		"-1234567890123456":      "-1.23456789012346E+15",
		"1E+15":                  "1E+15",
		"7.09999999999999999991": "7.1",
		"0.30000000000000004":    "0.3",
		"1.2345678901234567E+11": "123456789012.346",
	} {
		if got, ok := roundedNumber(in); !ok || got != want {
			t.Errorf("roundedNumber(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"999999999999999", "123456789012", "1.5", "abc", "1E+400", "", "0.000123456789012345", "1.50000000000000000000"} {
		if got, ok := roundedNumber(in); ok || got != in {
			t.Errorf("roundedNumber(%q) = %q, %v; want it kept", in, got, ok)
		}
	}
}

func TestSignificantDigits(t *testing.T) {
	for in, want := range map[string]int{"0.0012300": 3, "1.5E+3": 2, "1200": 4, "-0.5": 1, "7.09999999999999999991": 21, "0": 0} {
		if got := significantDigits(in); got != want {
			t.Errorf("significantDigits(%q) = %d, want %d", in, got, want)
		}
	}
}
