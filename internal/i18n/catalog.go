package i18n

import (
	"encoding/json"
	"fmt"
	"strings"

	"rosterdesk/assets/translations"
)

// Languages are the languages the program speaks, English first.
var Languages = []string{"en", "sv", "fi"}

// Catalog maps English keys to one language's words. The nil Catalog is
// English.
type Catalog map[string]string

// Lookup returns key's translation, or key itself when there is none.
func (c Catalog) Lookup(key string) string {
	if s, ok := c[key]; ok && s != "" {
		return s
	}
	return key
}

// Load returns the catalog of a language ("sv", "fi", "en"), or an error
// when the program has no such language. English loads as its (possibly
// empty) file.
func Load(language string) (Catalog, error) {
	data, err := translations.Files.ReadFile(language + ".json")
	if err != nil {
		return nil, fmt.Errorf("no translation for language %q", language)
	}
	var c Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("assets/translations/%s.json: %w", language, err)
	}
	return c, nil
}

// Match returns the program's language for a locale name such as
// "sv_SE.UTF-8", "fi-FI" or "en", or "en" when it speaks none that fits.
func Match(locale string) string {
	locale = strings.ToLower(locale)
	for _, l := range Languages {
		if locale == l || strings.HasPrefix(locale, l+"_") || strings.HasPrefix(locale, l+"-") || strings.HasPrefix(locale, l+".") {
			return l
		}
	}
	return "en"
}
