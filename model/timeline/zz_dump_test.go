package timeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestZZDump(t *testing.T) {
	files, _ := filepath.Glob("../../data/profiles/*.json")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var r model.Resume
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		tl := Build(&r, now)
		fmt.Println("=====", f)
		for _, l := range tl.Lanes {
			fmt.Printf("LANE %v %q rows=%d %v\n", l.Kind, l.Name, l.Rows, l.RowNames)
			for _, i := range l.Items {
				it := tl.Items[i]
				fmt.Printf("   r%d %-11v %-40.40q %-20.20q %s %s step %d/%d\n", it.Row, it.Kind, it.Title, it.Org, it.Dates(), it.Duration(), it.Step, it.Steps)
			}
		}
		for _, it := range tl.Undated {
			fmt.Printf("UNDATED %v %q %q\n", it.Kind, it.Title, it.Org)
		}
		for _, g := range tl.Gaps {
			fmt.Printf("GAP %d-%d %s\n", g.From.Year(), g.To.Year(), model.FormatMonths(g.Months(), g.Approx))
		}
		for _, o := range tl.Overlaps {
			fmt.Printf("OVERLAP %d %d %s\n", o.A, o.B, model.FormatMonths(o.Months(), o.Approx))
		}
		v := tl.Fit()
		fmt.Println("FIT", v.From.Year(), v.To.Year())
	}
}
