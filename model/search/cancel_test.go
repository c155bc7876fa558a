package search

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
)

// cancelOnDone cancels itself the first time a search looks at it, as when
// a newer keystroke supersedes the search right after it started.
type cancelOnDone struct {
	context.Context
	once   sync.Once
	cancel context.CancelFunc
}

func (c *cancelOnDone) Done() <-chan struct{} {
	c.once.Do(c.cancel)
	return c.Context.Done()
}

func TestSearchCancelled(t *testing.T) {
	ix := randIndex(rand.New(rand.NewPCG(4, 4)), 30000)
	for _, tt := range []struct {
		name, query string
		opts        Options
	}{
		{"all, ASCII scorer", "ka", Options{}},
		{"all, sahilm's matcher", "日本", Options{}},
		{"one profile", "ka", Options{ProfileID: "p1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			got, err := ix.Search(&cancelOnDone{Context: ctx, cancel: cancel}, tt.query, tt.opts)
			if !errors.Is(err, context.Canceled) || got != nil {
				t.Fatalf("a cancelled search returned %d results, error %v", len(got), err)
			}
			// The same search, not cancelled, has results: the test can fail.
			if got, err := ix.Search(context.Background(), tt.query, tt.opts); err != nil || len(got) == 0 {
				t.Fatalf("uncancelled: %d results, %v", len(got), err)
			}
		})
	}
}

// TestSearchSuperseded runs searches concurrently, cancelling each when the
// next starts, as typing does (run it with -race): a search returns either
// results or an error, never both.
func TestSearchSuperseded(t *testing.T) {
	ix := randIndex(rand.New(rand.NewPCG(5, 5)), 30000)
	query := "kafka cluster"
	var wg sync.WaitGroup
	cancel := func() {}
	for k := 1; k <= len(query); k++ {
		cancel()
		var ctx context.Context
		ctx, cancel = context.WithCancel(context.Background())
		wg.Add(1)
		go func(ctx context.Context, q string) {
			defer wg.Done()
			got, err := ix.Search(ctx, q, Options{})
			if err != nil && got != nil {
				t.Errorf("%q: results with error %v", q, err)
			}
		}(ctx, query[:k])
	}
	cancel()
	wg.Wait()
}
