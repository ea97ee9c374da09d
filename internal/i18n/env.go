package i18n

import "strings"

// FromEnvironment returns the program's language for a process
// environment, read through getenv as gettext reads it: the first set of
// LC_ALL, LC_MESSAGES and LANG names the locale ("C" and "POSIX" are
// English), and LANGUAGE, a colon-separated list of preferences, comes
// before it when set. The first preference the program speaks wins; "en"
// when none does.
func FromEnvironment(getenv func(string) string) string {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(name); locale != "" {
			break
		}
	}
	if locale == "C" || locale == "POSIX" || strings.HasPrefix(locale, "C.") {
		return "en"
	}
	prefs := strings.Split(getenv("LANGUAGE"), ":")
	for _, p := range append(prefs, locale) {
		if p == "" {
			continue
		}
		if l := Match(p); l != "en" || strings.HasPrefix(strings.ToLower(p), "en") {
			return l
		}
	}
	return "en"
}
