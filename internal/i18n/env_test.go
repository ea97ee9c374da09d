package i18n

import "testing"

func TestFromEnvironment(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "en"},
		{map[string]string{"LANG": "sv_SE.UTF-8"}, "sv"},
		{map[string]string{"LANG": "fi_FI.UTF-8"}, "fi"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "fi_FI.UTF-8"}, "fi"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LC_ALL": "C"}, "en"},
		{map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "fi:sv"}, "fi"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LANGUAGE": "de:en"}, "en"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LANGUAGE": "de"}, "sv"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "en"},
	} {
		getenv := func(k string) string { return tc.env[k] }
		if got := FromEnvironment(getenv); got != tc.want {
			t.Errorf("FromEnvironment(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
}
