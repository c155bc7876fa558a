//go:build load

package sshserver

// The load test: a server process running the real UI on the embedded
// profiles, and N ssh sessions from this process each pressing a key about
// once a second. It reports key→frame latency, the server's RSS per
// session, its idle CPU per session and the goroutines left after every
// session closed. Run (see docs/benchmarks.md):
//
//	VITAE_LOAD_SESSIONS=500 VITAE_LOAD_SECONDS=30 \
//	  go test -tags load -run TestLoad -v -timeout 20m ./cmd/vitae/internal/sshserver/

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui"
)

const loadChildEnv = "VITAE_LOAD_CHILD"

func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil && v > 0 {
		return v
	}
	return def
}

// runLoadChild is the server process: the real UI, as `vitae serve` runs
// it. On SIGUSR1 it prints its goroutine count.
func runLoadChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	usr2 := make(chan os.Signal, 1) // goroutine stacks to a file, to see what waits
	signal.Notify(usr2, syscall.SIGUSR2)
	go func() {
		for range usr2 {
			buf := make([]byte, 64<<20)
			_ = os.WriteFile(fmt.Sprintf("%s/vitae-load-stacks-%d.txt", os.TempDir(), os.Getpid()), buf[:runtime.Stack(buf, true)], 0o600)
		}
	}()
	usr1 := make(chan os.Signal, 1)
	signal.Notify(usr1, syscall.SIGUSR1)
	go func() {
		for range usr1 {
			runtime.GC()
			fmt.Fprintf(os.Stderr, "goroutines %d\n", runtime.NumGoroutine())
		}
	}()
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	hk, _ := gossh.NewSignerFromKey(priv)
	res := data.LoadEmbedded()
	load := func() ([]*model.Profile, []model.Problem) { return res.Profiles, res.Problems }
	s, err := New(Config{
		HostKey: hk, MaxConns: 10000, MaxConnsPerAddr: 10000, RatePerAddr: 1e6, RateBurst: 1e6,
		FPS: envInt("VITAE_LOAD_FPS", DefaultFPS),
		Factory: func(s Session) tea.Model {
			if os.Getenv("VITAE_LOAD_PROBE") != "" { // the trivial test program, to tell server from UI
				return probeFactory(make(chan string, 1))(s)
			}
			return ui.New(ui.Options{Renderer: s.Renderer, Clock: model.SystemClock{}, Load: load,
				Width: s.Width, Height: s.Height, ReadOnly: true})
		},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	s.tickerBaseline = os.Getenv("VITAE_LOAD_TICKER") != ""
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "listening on %s\n", ln.Addr())
	if err := s.Serve(ctx, ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// cpuPressure is the machine's CPU pressure (PSI "some avg60"): the share
// of the last minute in which some task waited for a CPU. It says how far
// to trust a run on a shared machine.
func cpuPressure() string {
	b, err := os.ReadFile("/proc/pressure/cpu")
	if err != nil {
		return "unknown"
	}
	for _, f := range strings.Fields(string(b)) {
		if v, ok := strings.CutPrefix(f, "avg60="); ok {
			return v + "%"
		}
	}
	return "unknown"
}

// proc reads a process's RSS (KiB) and CPU time from /proc.
func procRSS(pid int) int {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.Fields(v)[0])
			return n
		}
	}
	return 0
}

func procCPU(pid int) time.Duration {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

// loadSession is one client session that times key→frame.
type loadSession struct {
	conn  *gossh.Client
	sess  *gossh.Session
	in    interface{ Write([]byte) (int, error) }
	mu    sync.Mutex
	sent  time.Time // when the pending key was sent; zero when none
	lat   []time.Duration
	frame chan struct{}
}

func (ls *loadSession) Write(p []byte) (int, error) {
	ls.mu.Lock()
	if !ls.sent.IsZero() {
		ls.lat = append(ls.lat, time.Since(ls.sent))
		ls.sent = time.Time{}
		select {
		case ls.frame <- struct{}{}:
		default:
		}
	}
	ls.mu.Unlock()
	return len(p), nil
}

func dialLoad(addr string) (*loadSession, error) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(priv)
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "load", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 30 * time.Second})
	if err != nil {
		return nil, err
	}
	sess, err := conn.NewSession()
	if err != nil {
		conn.Close()
		return nil, err
	}
	ls := &loadSession{conn: conn, sess: sess, frame: make(chan struct{}, 1)}
	sess.Stdout = ls
	in, err := sess.StdinPipe()
	if err != nil {
		conn.Close()
		return nil, err
	}
	ls.in = in
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		conn.Close()
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		conn.Close()
		return nil, err
	}
	return ls, nil
}

// press sends a key and waits up to 2 s for the frame it causes.
func (ls *loadSession) press(key string) {
	ls.mu.Lock()
	ls.sent = time.Now()
	ls.mu.Unlock()
	select { // drop a stale signal
	case <-ls.frame:
	default:
	}
	_, _ = ls.in.Write([]byte(key))
	select {
	case <-ls.frame:
	case <-time.After(2 * time.Second):
		ls.mu.Lock()
		ls.sent = time.Time{}
		ls.lat = append(ls.lat, 2*time.Second) // counted as a 2 s frame
		ls.mu.Unlock()
	}
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return ds[min(len(ds)-1, int(math.Ceil(p*float64(len(ds))))-1)]
}

// TestLoad runs the load twice, one server process each: sessions drawn
// by frameWriter (what vitae runs) and by Bubble Tea's ticker renderer (the
// baseline, as wish's middleware would). VITAE_LOAD_MODES picks them.
func TestLoad(t *testing.T) {
	if os.Getenv(loadChildEnv) != "" {
		os.Exit(runLoadChild())
	}
	fmt.Println("| renderer | sessions | fps | key→frame p50 | p99 | max | RSS per session | idle CPU per session | active CPU | goroutines left |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	modes := os.Getenv("VITAE_LOAD_MODES")
	if modes == "" {
		modes = "frames,ticker"
	}
	for _, mode := range strings.Split(modes, ",") {
		t.Run(mode, func(t *testing.T) { runLoad(t, mode) })
	}
}

func runLoad(t *testing.T, mode string) {
	n := envInt("VITAE_LOAD_SESSIONS", 500)
	secs := envInt("VITAE_LOAD_SECONDS", 30)

	cmd := exec.Command(os.Args[0], "-test.run=^TestLoad$")
	cmd.Env = append(os.Environ(), loadChildEnv+"=1")
	if mode == "ticker" {
		cmd.Env = append(cmd.Env, "VITAE_LOAD_TICKER=1")
	}
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addrc, gorc := make(chan string, 1), make(chan int, 16)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "listening on "); ok {
				addrc <- a
			} else if g, ok := strings.CutPrefix(sc.Text(), "goroutines "); ok {
				v, _ := strconv.Atoi(g)
				gorc <- v
			}
		}
	}()
	addr := <-addrc
	pid := cmd.Process.Pid
	goroutines := func() int {
		_ = cmd.Process.Signal(syscall.SIGUSR1)
		select {
		case g := <-gorc:
			return g
		case <-time.After(5 * time.Second):
			return -1
		}
	}
	// One session first, so the base counts what every server holds anyway.
	warm, err := dialLoad(addr)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	warm.press("j")
	warm.conn.Close()
	time.Sleep(2 * time.Second)
	baseRSS, baseG := procRSS(pid), goroutines()

	start := time.Now()
	sessions := make([]*loadSession, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	var errs sync.Map
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			ls, err := dialLoad(addr)
			if err != nil {
				errs.Store(i, err)
				return
			}
			sessions[i] = ls
		})
	}
	wg.Wait()
	var live []*loadSession
	for _, s := range sessions {
		if s != nil {
			live = append(live, s)
		}
	}
	t.Logf("%d of %d sessions open in %v", len(live), n, time.Since(start).Round(time.Millisecond))
	errs.Range(func(k, v any) bool { t.Logf("session %v: %v", k, v); return false })
	time.Sleep(3 * time.Second) // first frames drawn
	rss := procRSS(pid)

	// Active phase: each session presses j/k about once a second.
	cpu0, t0, self0 := procCPU(pid), time.Now(), procCPU(os.Getpid())
	stop := time.Now().Add(time.Duration(secs) * time.Second)
	for _, ls := range live {
		wg.Go(func() {
			time.Sleep(time.Duration(mrand.IntN(1000)) * time.Millisecond)
			keys := []string{"j", "k"}
			for k := 0; time.Now().Before(stop); k++ {
				next := time.Now().Add(time.Duration(800+mrand.IntN(400)) * time.Millisecond)
				ls.press(keys[k%2]) // j first: the roster starts at the top
				time.Sleep(time.Until(next))
			}
		})
	}
	wg.Wait()
	activeCPU := float64(procCPU(pid)-cpu0) / float64(time.Since(t0))
	t.Logf("machine CPU pressure (PSI some avg60) after the active phase: %s", cpuPressure())
	t.Logf("client (this process) CPU while active: %.1f%% of a core", 100*float64(procCPU(os.Getpid())-self0)/float64(time.Since(t0)))
	var all []time.Duration
	for _, ls := range live {
		all = append(all, ls.lat...)
	}
	slices.Sort(all)

	// Idle phase: nobody types.
	time.Sleep(2 * time.Second)
	cpu1, t1 := procCPU(pid), time.Now()
	time.Sleep(10 * time.Second)
	idleCPU := float64(procCPU(pid)-cpu1) / float64(time.Since(t1))

	// Close: half quit with q, half drop the connection.
	for i, ls := range live {
		if i%2 == 0 {
			_, _ = ls.in.Write([]byte("q"))
		} else {
			ls.conn.Close()
		}
	}
	time.Sleep(2 * time.Second)
	for _, ls := range live {
		ls.conn.Close()
	}
	left := -1
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		if left = goroutines() - baseG; left <= 0 {
			break
		}
	}
	perSess := float64(rss-baseRSS) / float64(len(live))
	t.Logf("fps %d, %d sessions, %d keys in %ds", envInt("VITAE_LOAD_FPS", DefaultFPS), len(live), len(all), secs)
	t.Logf("key→frame p50 %v p90 %v p99 %v max %v", pct(all, .5).Round(100*time.Microsecond),
		pct(all, .9).Round(100*time.Microsecond), pct(all, .99).Round(100*time.Microsecond), pct(all, 1).Round(time.Millisecond))
	t.Logf("RSS base %d KiB, with sessions %d KiB: %.0f KiB per session", baseRSS, rss, perSess)
	t.Logf("CPU active %.1f%% of a core; idle %.2f%% of a core = %.4f%% per session", activeCPU*100, idleCPU*100, idleCPU*100/float64(len(live)))
	t.Logf("goroutines base %d, left after all closed %d", baseG, left)
	fmt.Printf("| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.0f KiB | %.4f%% | %.0f%% | %d |\n",
		mode, len(live), envInt("VITAE_LOAD_FPS", DefaultFPS),
		float64(pct(all, .5))/1e6, float64(pct(all, .99))/1e6, float64(pct(all, 1))/1e6,
		perSess, idleCPU*100/float64(len(live)), activeCPU*100, left)
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()
}
