package check

import (
	"net/mail"
	"strings"
	"unicode"
)

// ValidateEmail checks that s is an address a school mailbox can have. It
// builds on net/mail, then refuses what the mail standard allows but no
// school system hands out: display names, quoted or commented local parts,
// spaces, a second @, a domain without a dot, empty or hyphen-edged domain
// labels, and a top-level domain that is not letters. reason says in plain
// words why s is refused.
func ValidateEmail(s string) (reason string, ok bool) {
	if s == "" {
		return "the address is empty", false
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return "the address contains a space", false
	}
	switch strings.Count(s, "@") {
	case 0:
		return "the address has no @", false
	case 1:
	default:
		return "the address has more than one @", false
	}
	local, domain, _ := strings.Cut(s, "@")
	if local == "" {
		return "nothing stands before the @", false
	}
	if domain == "" {
		return "nothing stands after the @", false
	}
	if strings.ContainsAny(s, "\"(),:;<>[]\\") {
		return "the address contains a character that addresses cannot have", false
	}
	if strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
		return "a dot cannot start or end the name before the @, or follow another dot", false
	}
	if reason, ok := validateDomain(domain); !ok {
		return reason, false
	}
	if addr, err := mail.ParseAddress(s); err != nil || addr.Address != s || addr.Name != "" {
		return "this is not a valid email address", false
	}
	return "", true
}

// validateDomain checks the part after the @.
func validateDomain(domain string) (reason string, ok bool) {
	if !strings.Contains(domain, ".") {
		return "the domain after the @ has no dot, such as .se or .fi", false
	}
	labels := strings.Split(domain, ".")
	for _, label := range labels {
		if label == "" {
			return "the domain after the @ has an empty part between dots", false
		}
		if strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return "a part of the domain starts or ends with a hyphen", false
		}
		for _, r := range label {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "the domain after the @ contains a character domains cannot have", false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len([]rune(tld)) < 2 || strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "the address does not end in a domain such as .se or .fi", false
	}
	return "", true
}

// isASCII reports whether s has only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
