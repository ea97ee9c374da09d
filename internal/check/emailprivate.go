package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// privateDomains are the domains of the mail services where anyone opens
// a private mailbox. A pupil's address at one is seldom the school's: it
// is often a guardian's, copied from the contact columns of the school
// system.
var privateDomains = map[string]bool{
	"gmail.com": true, "googlemail.com": true,
	"hotmail.com": true, "hotmail.se": true, "hotmail.fi": true, "outlook.com": true, "outlook.se": true,
	"live.se": true, "live.com": true, "live.fi": true, "msn.com": true,
	"icloud.com": true, "me.com": true, "mac.com": true,
	"ymail.com": true, "aol.com": true, "gmx.com": true, "gmx.net": true,
	"protonmail.com": true, "proton.me": true, "mail.com": true,
	"telia.com": true, "spray.se": true, "bredband.net": true, "suomi24.fi": true, "luukku.com": true,
}

// PrivateDomain reports whether domain, in any case, is that of a
// private mail service (privateDomains, or any of Yahoo's: yahoo.com,
// yahoo.se, …).
func PrivateDomain(domain string) bool {
	d := strings.ToLower(strings.TrimSpace(domain))
	return privateDomains[d] || strings.HasPrefix(d, "yahoo.")
}

// emailPrivateProblems appends the warning email_private on the address
// of a student that is at a private mail service (a valid address, which
// email is): it may be a guardian's, and the upload file would send a
// child's account, and with it the child's data, to a private mailbox.
// Teachers are left alone: their address is their own business.
func emailPrivateProblems(dst []Problem, row *roster.Row, email string) []Problem {
	if roster.ParseRole(strings.TrimSpace(row.Values[roster.Role])) != roster.Student {
		return dst
	}
	at := strings.LastIndexByte(email, '@')
	if at < 0 || !PrivateDomain(email[at+1:]) {
		return dst
	}
	return append(dst, Problem{Row: row.ID, Field: roster.Email, Severity: CodeEmailPrivate.Severity(), Code: CodeEmailPrivate,
		Message: i18n.T("a private address (%s), not the school's: it may be a guardian's, and the pupil's account and data would go to a private mailbox; use the pupil's school address", email[at+1:])})
}
