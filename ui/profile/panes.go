package profile

import (
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// newPanes builds the component tabs for a profile. The timeline (and later
// the skills matrix) plug in here, each through a small adapter to pane.
func newPanes(c *common.Common, p *model.Profile) map[Tab]pane {
	_, _ = c, p
	return map[Tab]pane{}
}
