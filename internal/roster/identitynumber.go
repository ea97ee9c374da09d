package roster

import "strings"

// IdentityNumber reports whether v is written as a Swedish personal
// identity or co-ordination number (YYMMDD-NNNN, YYYYMMDDNNNN, with "-",
// "+" or nothing before the last four digits, the check digit right) or a
// Finnish personal identity code (DDMMYYCZZZQ, the check character right).
// Such a value must never reach the upload file.
func IdentityNumber(v string) bool {
	v = strings.TrimSpace(v)
	return swedishNumber(v) || finnishCode(v)
}

// swedishNumber checks a personnummer or samordningsnummer.
func swedishNumber(v string) bool {
	digits := make([]byte, 0, 12)
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case (c == '-' || c == '+') && len(v)-i == 5:
		default:
			return false
		}
	}
	switch len(digits) {
	case 12:
		digits = digits[2:]
	case 10:
	default:
		return false
	}
	month, day := num(digits[2:4]), num(digits[4:6])
	if day > 60 {
		day -= 60 // a co-ordination number
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return false
	}
	sum := 0
	for i, c := range digits {
		d := int(c - '0')
		if i%2 == 0 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// finnishControl are the check characters of a Finnish personal identity
// code, by the remainder of its nine digits divided by 31.
const finnishControl = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// finnishCode checks a henkilötunnus.
func finnishCode(v string) bool {
	v = strings.ToUpper(v)
	if len(v) != 11 || !strings.ContainsRune("+-ABCDEFUVWXY", rune(v[6])) {
		return false
	}
	nine := v[:6] + v[7:10]
	for i := 0; i < len(nine); i++ {
		if nine[i] < '0' || nine[i] > '9' {
			return false
		}
	}
	day, month := num([]byte(v[0:2])), num([]byte(v[2:4]))
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return false
	}
	return finnishControl[num([]byte(nine))%31] == v[10]
}

// num reads ASCII digits as a number.
func num(digits []byte) int {
	n := 0
	for _, c := range digits {
		n = n*10 + int(c-'0')
	}
	return n
}
