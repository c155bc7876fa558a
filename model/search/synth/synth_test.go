package synth

import (
	"reflect"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// texts lists every searchable text of the profiles.
func texts(ps []*model.Profile) []string {
	var out []string
	for _, p := range ps {
		r := &p.Resume
		for _, w := range r.Work {
			if w.Summary != "" {
				out = append(out, w.Summary)
			}
			for _, h := range w.Highlights {
				_, t := model.HighlightDepth(h)
				out = append(out, t)
			}
		}
		for _, pr := range r.Projects {
			out = append(out, pr.Description)
			for _, h := range pr.Highlights {
				_, t := model.HighlightDepth(h)
				out = append(out, t)
			}
		}
		for _, pb := range r.Publications {
			out = append(out, pb.Summary)
		}
	}
	return out
}

func TestProfiles(t *testing.T) {
	for _, n := range []int{1, 10, 5000} {
		ps := Profiles(42, n)
		ts := texts(ps)
		if len(ts) != n {
			t.Fatalf("Profiles(42, %d) holds %d texts", n, len(ts))
		}
		for _, s := range ts {
			if len(s) > MaxBullet {
				t.Fatalf("a text of %d bytes: %q", len(s), s)
			}
		}
	}
	long := 0
	for _, s := range texts(Profiles(42, 5000)) {
		if len(s) >= MinBullet {
			long++
		}
	}
	if long < 4000 { // summaries may be shorter; bullets are not
		t.Fatalf("only %d of 5000 texts have %d bytes or more", long, MinBullet)
	}
}

func TestProfilesReproducible(t *testing.T) {
	if a, b := Profiles(7, 300), Profiles(7, 300); !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different profiles")
	}
	if a, b := texts(Profiles(7, 300)), texts(Profiles(8, 300)); reflect.DeepEqual(a, b) {
		t.Fatal("different seeds gave the same texts")
	}
}
