package model

import "testing"

func TestFindProfiles(t *testing.T) {
	mk := func(id, name string) *Profile {
		return &Profile{ID: id, Source: Source{Path: "embedded/" + id + ".json"}, Resume: Resume{Basics: &Basics{Name: name}}}
	}
	ps := []*Profile{
		mk("000-alejandro-colomina", "Alejandro Colomina"),
		mk("003-andrea-medda", "Andrea Medda"),
		mk("005-andreas", "Andreas Mederer"),
		{ID: "001-dsaiztc", Resume: Resume{Basics: &Basics{Profiles: []SocialProfile{{URL: "https://github.com/dsaiztc"}}}}},
	}
	ids := func(q string) []string {
		var out []string
		for _, p := range FindProfiles(ps, q) {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"000", []string{"000-alejandro-colomina"}},
		{"colomina", []string{"000-alejandro-colomina"}},
		{"MEDDA", []string{"003-andrea-medda"}},
		{"andrea", []string{"003-andrea-medda"}}, // a whole word beats the prefix of "andreas"
		{"andre", []string{"003-andrea-medda", "005-andreas"}},
		{"dsaiztc", []string{"001-dsaiztc"}},
		{"saiz", []string{"001-dsaiztc"}},
		{"nobody", nil},
		{"  ", nil},
	}
	for _, tt := range tests {
		got := ids(tt.q)
		if len(got) != len(tt.want) {
			t.Errorf("FindProfiles(%q) = %v, want %v", tt.q, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindProfiles(%q) = %v, want %v", tt.q, got, tt.want)
			}
		}
	}
}
