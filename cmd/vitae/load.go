package main

import (
	"fmt"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
)

// loadProfiles loads the profiles in paths, or the embedded ones when there
// are none.
func loadProfiles(paths []string) data.Result {
	if len(paths) == 0 {
		return data.LoadEmbedded()
	}
	return data.Load(paths...)
}

// findOne resolves a NAME argument to exactly one profile, or explains why
// it cannot: nothing matches, or several do (listed, so the user can pick).
func findOne(profiles []*model.Profile, name string) (*model.Profile, error) {
	found := model.FindProfiles(profiles, name)
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		msg := fmt.Sprintf("no profile matches %q; the loaded profiles are:", model.SanitizeLine(name))
		for _, p := range profiles {
			msg += fmt.Sprintf("\n  %-28s %s", p.ID, model.SanitizeLine(p.Name()))
		}
		return nil, fmt.Errorf("%s", msg)
	}
	msg := fmt.Sprintf("%q matches %d profiles; be more specific, e.g. with the ID:", model.SanitizeLine(name), len(found))
	for _, p := range found {
		msg += fmt.Sprintf("\n  %-28s %s", p.ID, model.SanitizeLine(p.Name()))
	}
	return nil, fmt.Errorf("%s", msg)
}
