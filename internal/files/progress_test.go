package files

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestParseUploadID(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"ref0upload1", true},
		{"k3j4h5g6", true},
		{"3b241101-e2bb-4255-8caf-4136c566a962", true},
		{"a.b_c~d", true},
		{strings.Repeat("a", 128), true},
		{"", false},
		{strings.Repeat("a", 129), false},
		{"a b", false},
		{"a/b", false},
		{"../x", false},
		{"a\x00", false},
		{"a\n", false},
		{"é", false},
		{"a%20", false},
	} {
		id, ok := ParseUploadID(tc.in)
		if ok != tc.ok || ok && id != tc.in {
			t.Errorf("ParseUploadID(%q) = %q, %v; want ok=%v", tc.in, id, ok, tc.ok)
		}
	}
}

func FuzzParseUploadID(f *testing.F) {
	for _, s := range []string{"ref0upload1", "", "a b", strings.Repeat("z", 200), "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := ParseUploadID(s)
		if !ok {
			return
		}
		if id != s || len(id) == 0 || len(id) > maxUploadIDBytes {
			t.Fatalf("ParseUploadID(%q) = %q", s, id)
		}
		for i := 0; i < len(id); i++ {
			if !unreserved(id[i]) {
				t.Fatalf("ParseUploadID(%q) accepted byte %q", s, id[i])
			}
		}
	})
}

func TestProgressEventJSON(t *testing.T) {
	for ev, want := range map[ProgressEvent]string{
		{Msg: ProgressUpdate, OrigName: "cat.png", ChunkSize: 65536}: `{"msg":"update","orig_name":"cat.png","chunk_size":65536}`,
		{Msg: ProgressUpdate}:    `{"msg":"update","orig_name":"","chunk_size":0}`,
		{Msg: ProgressHeartbeat}: `{"msg":"heartbeat"}`,
		{Msg: ProgressDone}:      `{"msg":"done"}`,
	} {
		b, err := json.Marshal(ev)
		if err != nil || string(b) != want {
			t.Errorf("%+v = %s, %v; want %s", ev, b, err, want)
		}
	}
}

// next calls w.Next with a deadline, failing the test if nothing comes.
func next(t *testing.T, w *Watcher, heartbeat time.Duration) ProgressEvent {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ev, err := w.Next(ctx, heartbeat)
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	return ev
}

func TestProgressUpdatesAndDone(t *testing.T) {
	p := newProgress()
	up := p.begin("u1")
	w := p.Watch(context.Background(), "u1", time.Second)
	if w == nil {
		t.Fatal("Watch of a running upload returned nil")
	}
	up.add("a.txt", 10)
	up.add("a.txt", 5)
	up.add("b.txt", 7)
	if ev := next(t, w, 0); ev != (ProgressEvent{ProgressUpdate, "a.txt", 15}) {
		t.Errorf("first event %+v", ev)
	}
	start := time.Now()
	if ev := next(t, w, 0); ev != (ProgressEvent{ProgressUpdate, "b.txt", 7}) {
		t.Errorf("second event %+v", ev)
	}
	if d := time.Since(start); d < ProgressInterval-5*time.Millisecond {
		t.Errorf("two updates %v apart, want at least %v", d, ProgressInterval)
	}
	up.add("b.txt", 1)
	p.end(up)
	// Done wins over what was not reported yet, as in Gradio.
	if ev := next(t, w, 0); ev.Msg != ProgressDone {
		t.Errorf("after end: %+v", ev)
	}
	if p.Len() != 0 {
		t.Errorf("%d uploads tracked after done was reported", p.Len())
	}
}

func TestProgressCoalesces(t *testing.T) {
	p := newProgress()
	up := p.begin("u")
	w := p.Watch(context.Background(), "u", time.Second)
	var (
		mu     sync.Mutex
		events []ProgressEvent
		times  []time.Time
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			ev, err := w.Next(context.Background(), 0)
			if err != nil || ev.Msg == ProgressDone {
				return
			}
			mu.Lock()
			events, times = append(events, ev), append(times, time.Now())
			mu.Unlock()
		}
	}()
	const chunks, size = 3000, 1000
	for i := range chunks {
		up.add("big.bin", size)
		if i%10 == 0 {
			time.Sleep(time.Millisecond) // spread over a few intervals
		}
	}
	// Let the watcher collect the rest before done wins.
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		var sum int64
		for _, ev := range events {
			sum += ev.ChunkSize
		}
		mu.Unlock()
		if sum == chunks*size {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("reported %d of %d bytes", sum, chunks*size)
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.end(up)
	<-done
	if len(events) >= chunks/10 {
		t.Errorf("%d events for %d chunks: not coalesced", len(events), chunks)
	}
	for i := 1; i < len(times); i++ {
		if d := times[i].Sub(times[i-1]); d < ProgressInterval-5*time.Millisecond {
			t.Errorf("events %d and %d only %v apart", i-1, i, d)
		}
	}
}

func TestProgressHeartbeat(t *testing.T) {
	p := newProgress()
	up := p.begin("idle")
	defer p.end(up)
	w := p.Watch(context.Background(), "idle", time.Second)
	start := time.Now()
	if ev := next(t, w, 30*time.Millisecond); ev.Msg != ProgressHeartbeat {
		t.Errorf("idle upload: %+v, want a heartbeat", ev)
	}
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("heartbeat after %v", d)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := w.Next(ctx, time.Hour); err == nil {
		t.Error("Next ignored a cancelled context")
	}
}

func TestProgressWatchWaitsForTheUpload(t *testing.T) {
	p := newProgress()
	start := time.Now()
	if w := p.Watch(context.Background(), "never", 50*time.Millisecond); w != nil {
		t.Error("Watch of an unknown id returned a watcher")
	}
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Errorf("Watch gave up after %v", d)
	}
	time.AfterFunc(30*time.Millisecond, func() { p.begin("late") })
	if w := p.Watch(context.Background(), "late", 5*time.Second); w == nil {
		t.Error("Watch missed an upload that began while it waited")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if w := p.Watch(ctx, "never", time.Hour); w != nil {
		t.Error("Watch ignored its context")
	}
}

// A finished upload is reported done for a while (Gradio answers a late /upload_progress with
// done), then forgotten even if nobody asked.
func TestProgressForgetsFinishedUploads(t *testing.T) {
	p := newProgress()
	now := time.Now()
	p.now = func() time.Time { return now }
	p.end(p.begin("finished"))
	w := p.Watch(context.Background(), "finished", 0)
	if w == nil {
		t.Fatal("a just-finished upload is unknown")
	}
	if ev := next(t, w, 0); ev.Msg != ProgressDone {
		t.Errorf("late watcher got %+v", ev)
	}
	p.end(p.begin("unwatched"))
	now = now.Add(doneGrace)
	p.begin("other")
	if p.Len() != 1 {
		t.Errorf("%d uploads tracked, want only the running one", p.Len())
	}
}

func TestProgressIsBounded(t *testing.T) {
	p := newProgress()
	for i := range 3 * maxTrackedUploads {
		u := p.begin(fmt.Sprint("done", i))
		u.add("f", 1)
		p.end(u)
	}
	if p.Len() > maxTrackedUploads {
		t.Errorf("%d finished uploads tracked", p.Len())
	}
	running := make([]*tracked, 0, maxTrackedUploads)
	for i := range maxTrackedUploads {
		running = append(running, p.begin(fmt.Sprint("run", i)))
	}
	if p.begin("one too many") != nil {
		t.Error("tracking beyond the limit")
	}
	var nilTracked *tracked
	p.end(nilTracked) // untracked uploads end harmlessly
	for _, u := range running {
		p.end(u)
	}
	u := p.begin("pending")
	for i := range 10 * maxPendingChunks {
		u.add(fmt.Sprint("file", i), 1)
	}
	if len(u.pending) > maxPendingChunks {
		t.Errorf("%d pending chunks kept", len(u.pending))
	}
}

// The same id used by consecutive requests (the JS client's 1,000-file batches) is one upload:
// done only after the last one.
func TestProgressSameIDSeveralRequests(t *testing.T) {
	p := newProgress()
	a := p.begin("batch")
	b := p.begin("batch")
	w := p.Watch(context.Background(), "batch", time.Second)
	p.end(a)
	b.add("x", 3)
	if ev := next(t, w, 0); ev.Msg != ProgressUpdate {
		t.Errorf("after the first request ended: %+v", ev)
	}
	p.end(b)
	if ev := next(t, w, 0); ev.Msg != ProgressDone {
		t.Errorf("after both ended: %+v", ev)
	}
}

// SaveUpload feeds the tracker while the body streams in, per file, under the client's name.
func TestSaveUploadReportsProgress(t *testing.T) {
	c := newTestCache(t, Options{})
	srv := uploadServer(t, c)
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"?upload_id=pipe1", pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	result := make(chan error, 1)
	go func() {
		resp, err := srv.Client().Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				err = fmt.Errorf("status %d", resp.StatusCode)
			}
		}
		result <- err
	}()
	w := c.Progress().Watch(context.Background(), "pipe1", 5*time.Second)
	if w == nil {
		t.Fatal("upload not tracked")
	}
	got := map[string]int64{}
	// wait collects updates until name's total is reached. The multipart reader holds back
	// a part's last bytes until the next boundary arrives, so callers start the next part first.
	wait := func(name string, size int64) {
		for got[name] < size {
			ev := next(t, w, 0)
			if ev.Msg != ProgressUpdate {
				t.Fatalf("got %+v while %s was uploading", ev, name)
			}
			got[ev.OrigName] += ev.ChunkSize
		}
	}
	fw, _ := mw.CreateFormFile("files", "first.txt")
	fw.Write(make([]byte, 3000))
	fw, _ = mw.CreateFormFile("files", "sec:ond.bin")
	wait("first.txt", 3000)
	fw.Write(make([]byte, 5000))
	fw, _ = mw.CreateFormField("comment")
	wait("sec:ond.bin", 5000)
	fw.Write([]byte("not a file"))
	mw.Close()
	pw.Close()
	if ev := next(t, w, 0); ev.Msg != ProgressDone {
		t.Errorf("after the upload: %+v", ev)
	}
	if err := <-result; err != nil {
		t.Fatal(err)
	}
	if got["first.txt"] != 3000 || got["sec:ond.bin"] != 5000 || len(got) != 2 {
		t.Errorf("reported %v", got)
	}
	if c.Progress().Len() != 0 {
		t.Error("upload still tracked")
	}
	// Without an id (or with an invalid one) nothing is tracked.
	upload(t, srv, part{field: "files", filename: "a.txt", data: []byte("a")})
	if c.Progress().Len() != 0 {
		t.Error("an upload without upload_id was tracked")
	}
}
