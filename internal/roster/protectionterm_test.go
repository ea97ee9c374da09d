package roster

import "testing"

func TestProtectionTerm(t *testing.T) {
	for _, v := range []string{
		"Skyddad folkbokföring", "SKYDDAD IDENTITET", "Sekretessmarkering", "sekretess\u00admarkerad",
		"Kvarskrivning", "Kvarskriven", "Fingerade personuppgifter", "Turvakielto", "Tietojen luovutuskielto",
		"Skyddad", " sekretess ", "Suojattu henkilöllisyys", "Har skyddad identitet sedan 2024",
		"Protected identity",
	} {
		if !ProtectionTerm(v) {
			t.Errorf("ProtectionTerm(%q) = false, want true", v)
		}
	}
	for _, v := range []string{
		"", "Ingen", "Ja", "Nej", "Skyddat boende", "Sekretessfrågor: se rektor", "Tova", "9A",
		"Allergi: nötter", "Skydda", string(make([]byte, 200)),
	} {
		if ProtectionTerm(v) {
			t.Errorf("ProtectionTerm(%q) = true, want false", v)
		}
	}
}

func TestProtectionTermAllocatesNothing(t *testing.T) {
	for _, v := range []string{"Skyddad folkbokföring", "Allergi: nötter, har extra tid", "Ja", "Tova"} {
		if n := testing.AllocsPerRun(100, func() { ProtectionTerm(v) }); n != 0 {
			t.Errorf("ProtectionTerm(%q) allocates %v times", v, n)
		}
	}
}

func TestHintsMark(t *testing.T) {
	for _, h := range []string{"Markering", "Spärrmarkering", "Markerad", "Merkintä", "Flagga", "Flag"} {
		if !HintsMark(h) {
			t.Errorf("HintsMark(%q) = false", h)
		}
	}
	for _, h := range []string{"Fritids", "Modersmål", "Skolskjuts", "Anteckning", "Status", ""} {
		if HintsMark(h) {
			t.Errorf("HintsMark(%q) = true", h)
		}
	}
}

// TestMarkLikeColumnIsUnsettledUntilSettled holds that a column whose
// values read as a mark blocks like one whose header does, until the
// user says what it holds, and that a copy and a merged list keep it.
func TestMarkLikeColumnIsUnsettledUntilSettled(t *testing.T) {
	r := New()
	r.ExtraColumns = []string{"Anteckning", "Notering"}
	r.SetMarkLike("Notering")
	if got := r.UnsettledMarkColumns(); len(got) != 1 || got[0] != 1 {
		t.Fatalf("unsettled %v, want [1]", got)
	}
	if got := r.Clone().UnsettledMarkColumns(); len(got) != 1 {
		t.Errorf("clone: unsettled %v, want [1]", got)
	}
	into := New()
	into.TakeRows(r.Clone())
	if !into.MarkLike("Notering") {
		t.Error("TakeRows dropped the mark-like column")
	}
	r.SetSettled("Notering", true)
	if got := r.UnsettledMarkColumns(); len(got) != 0 {
		t.Errorf("settled: unsettled %v, want none", got)
	}
}
