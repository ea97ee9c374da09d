package check

// plainAddress reports whether s is an address of the everyday kind,
// which validateEmailFull accepts: ASCII only, a name of letters, digits
// and . _ + - (no dot at its start or end, no two dots in a row), one @,
// and a domain of two or more labels of letters, digits and hyphens (no
// label empty or starting or ending with a hyphen) whose last label is two
// or more letters. It reads s once and allocates nothing. false does not
// mean invalid: anything else is for validateEmailFull to judge, as
// TestPlainAddressAgreesWithFull and FuzzPlainAddress check.
func plainAddress(s string) bool {
	at := -1
	// label is where the domain's current label starts; dots counts
	// the domain's dots.
	label, dots := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if at < 0 {
			switch {
			case isAlnum(c) || c == '_' || c == '+' || c == '-':
			case c == '.':
				if i == 0 || s[i-1] == '.' {
					return false
				}
			case c == '@':
				if i == 0 || s[i-1] == '.' {
					return false
				}
				at, label = i, i+1
			default:
				return false
			}
			continue
		}
		switch {
		case isAlnum(c):
		case c == '-':
			if i == label {
				return false
			}
		case c == '.':
			if i == label || s[i-1] == '-' {
				return false
			}
			label = i + 1
			dots++
		default:
			return false
		}
	}
	if at < 0 || dots == 0 || len(s)-label < 2 {
		return false
	}
	for i := label; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
