//go:build !unix

package importer

import "time"

// processStart stands in for CPU time where rusage is unavailable.
var processStart = time.Now()

// cpuTime falls back to wall time.
func cpuTime() time.Duration { return time.Since(processStart) }
