package check

import (
	"net/mail"
	"rosterdesk/internal/i18n"
	"strings"
	"unicode"
)

// ValidateEmail checks that s is an address a school mailbox can have. It
// builds on net/mail.ParseAddress and accepts only a bare address (no
// display name, no angle brackets), then refuses what the mail standard
// allows but no school system hands out: spaces, a second @, quoted or
// commented local parts, dots at the edges of the name or two in a row, a
// domain without a dot, empty or hyphen-edged domain labels, a top-level
// domain that is not two or more letters, and IP addresses in brackets.
// reason says in plain words why s is refused; it is "" when ok.
//
// The everyday address (plainAddress) is accepted at once, without
// net/mail: it is nearly every address of a list, and a 100,000-row list
// checked the slow way spends a tenth of its check here.
func ValidateEmail(s string) (reason i18n.Text, ok bool) {
	if plainAddress(s) {
		return i18n.Text{}, true
	}
	return validateEmailFull(s)
}

// validateEmailFull is ValidateEmail without the fast path: every rule,
// net/mail last.
func validateEmailFull(s string) (reason i18n.Text, ok bool) {
	if s == "" {
		return i18n.T("the address is empty"), false
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return i18n.T("the address contains a space"), false
	}
	if strings.ContainsAny(s, "<>") {
		return i18n.T("write only the address, without a name or angle brackets"), false
	}
	switch strings.Count(s, "@") {
	case 0:
		return i18n.T("the address has no @"), false
	case 1:
	default:
		return i18n.T("the address has more than one @"), false
	}
	local, domain, _ := strings.Cut(s, "@")
	if reason, ok := validateLocal(local); !ok {
		return reason, false
	}
	if reason, ok := validateDomain(domain); !ok {
		return reason, false
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Name != "" || addr.Address != s {
		return i18n.T("the address contains a character that addresses cannot have"), false
	}
	return i18n.Text{}, true
}

// validateLocal checks the part before the @.
func validateLocal(local string) (reason i18n.Text, ok bool) {
	switch {
	case local == "":
		return i18n.T("nothing stands before the @"), false
	case strings.Contains(local, `"`):
		return i18n.T("the name before the @ has quotation marks"), false
	case strings.ContainsAny(local, "()"):
		return i18n.T("the name before the @ has a comment in brackets"), false
	case strings.HasPrefix(local, ".") || strings.HasSuffix(local, "."):
		return i18n.T("the name before the @ starts or ends with a dot"), false
	case strings.Contains(local, ".."):
		return i18n.T("the name before the @ has two dots in a row"), false
	case strings.ContainsAny(local, `,:;[]\`):
		return i18n.T("the name before the @ contains a character that addresses cannot have"), false
	}
	return i18n.Text{}, true
}

// validateDomain checks the part after the @.
func validateDomain(domain string) (reason i18n.Text, ok bool) {
	if domain == "" {
		return i18n.T("nothing stands after the @"), false
	}
	if strings.HasPrefix(domain, "[") || strings.HasSuffix(domain, "]") {
		return i18n.T("the domain is an IP address in brackets, not a name such as skola.se"), false
	}
	if !strings.Contains(domain, ".") {
		return i18n.T("the domain %q has no dot", domain), false
	}
	labels := strings.Split(domain, ".")
	for _, label := range labels {
		if label == "" {
			return i18n.T("the domain %q has an empty part: a dot at its start or end, or two dots in a row", domain), false
		}
		if strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return i18n.T("the part %q of the domain starts or ends with a hyphen", label), false
		}
		for _, r := range label {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return i18n.T("the domain %q contains %q, which domains cannot have", domain, r), false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len([]rune(tld)) < 2 || strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return i18n.T("the domain ends in %q, not in letters such as .se or .fi", "."+tld), false
	}
	return i18n.Text{}, true
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
