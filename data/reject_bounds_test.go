//go:build unix

package data

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Bounds on rejecting one malformed file: the 100 ms and 32 MB of
// allocation. Time is CPU time of the process (user + system), the cost of
// the parser whatever else the shared machine runs; wall time only has to
// stay under rejectWall, which catches hangs. Each case is loaded three
// times and the best run counts.
const (
	rejectTime  = 100 * time.Millisecond
	rejectWall  = 2 * time.Second
	rejectAlloc = 32 << 20
	rejectRuns  = 3
)

// processCPU is the CPU time the process has used so far.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// bigCases writes the malformed inputs that are too big or too special to
// commit: a 1 GiB sparse file, a FIFO, 10⁵-deep nesting in JSON and YAML,
// a billion-laughs YAML, byte-order marks of other encodings, files at
// the size limit and one byte over it, and 40,000 keys.
func bigCases(t *testing.T) []string {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sparse := filepath.Join(dir, "sparse-1gib.json")
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	paths := []string{sparse,
		write("deep-arrays.json", deep("[", "]", 100_000)),
		write("deep-objects.json", deep(`{"a":`, "}", 100_000)),
		write("deep-flow.yaml", []byte("basics:\n  x: "+strings.Repeat("[", 100_000)+strings.Repeat("]", 100_000))),
		write("deep-block.yaml", []byte("basics:\n  x:\n"+yamlBlockNest(2_000))),
		write("laughs.yaml", billionLaughs(10)),
		write("bom-utf16le.json", append([]byte{0xff, 0xfe}, utf16le(`{"basics":{"name":"Ada"}}`)...)),
		write("bom-utf16be.json", append([]byte{0xfe, 0xff}, 0, '{', 0, '}')),
		write("bom-utf32.json", []byte{0xff, 0xfe, 0, 0, '{', 0, 0, 0}),
		write("bom-twice.json", []byte("\ufeff\ufeff{}")),
		write("limit-truncated.json", []byte(`{"basics":{"name":"`+strings.Repeat("a", MaxFileSize-20))),
		write("over-limit.json", make([]byte, MaxFileSize+1)),
		write("long-string.json", []byte(`{"basics":{"name":"`+strings.Repeat("\\u0041", MaxFileSize/6-10))),
		write("many-keys.json", manyKeys(40_000)),
	}
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		paths = append(paths, fifo)
	}
	return paths
}

// billionLaughs is the YAML alias bomb with n levels of ten aliases each.
func billionLaughs(n int) []byte {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\"]\n")
	for i := 1; i <= n; i++ {
		b.WriteString("a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + strconv.Itoa(i-1))
		}
		b.WriteString("]\n")
	}
	b.WriteString("basics: {name: *a" + strconv.Itoa(n) + "}\n")
	return []byte(b.String())
}

// utf16le encodes ASCII s as UTF-16LE.
func utf16le(s string) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// manyKeys is an object with n distinct keys under basics, and then one
// key twice.
func manyKeys(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"basics":{`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + strconv.Itoa(i) + `":1`)
	}
	b.WriteString(`,"k":1,"k":2}}`)
	return []byte(b.String())
}

// TestRejectBounds loads every committed malformed fixture and every big
// case: each must be done within rejectTime and rejectAlloc bytes of
// allocation, and leave a problem naming the file.
func TestRejectBounds(t *testing.T) {
	files, err := filepath.Glob("testdata/malformed/*")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, bigCases(t)...)
	testLoader.Load("testdata/peer/sample.resume.json") // warm up
	var worstTime time.Duration
	var worstAlloc uint64
	for _, f := range files {
		best, bestWall, bestAlloc := time.Duration(1<<62), time.Duration(1<<62), uint64(1<<62)
		var res Result
		for range rejectRuns {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start, cpu := time.Now(), processCPU(t)
			res = loadWithin(t, f)
			d, wall := processCPU(t)-cpu, time.Since(start)
			runtime.ReadMemStats(&after)
			best, bestWall, bestAlloc = min(best, d), min(bestWall, wall), min(bestAlloc, after.TotalAlloc-before.TotalAlloc)
		}
		worstTime, worstAlloc = max(worstTime, best), max(worstAlloc, bestAlloc)
		if best > rejectTime || bestWall > rejectWall || bestAlloc > rejectAlloc {
			t.Errorf("%s: %v CPU (%v wall) and %d bytes allocated; want ≤ %v and ≤ %d",
				filepath.Base(f), best, bestWall, bestAlloc, rejectTime, rejectAlloc)
		}
		if len(res.Problems) == 0 || res.Problems[0].File == "" || res.Problems[0].Message == "" {
			t.Errorf("%s: no problem naming the file: %v", filepath.Base(f), res.Problems)
		}
	}
	t.Logf("%d files; worst %v CPU, worst allocation %.1f MiB", len(files), worstTime, float64(worstAlloc)/(1<<20))
}
