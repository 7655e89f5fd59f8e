package room

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
)

const fanoutMembers = 100

// BenchmarkRoomFanout fans b.N value deltas out to 100 members over real SSE streams
// (loopback HTTP), and in the same run the same messages through a plain SSE broadcast
// (a buffered channel per subscriber, no log, no sequence numbers, no snapshots). Each
// is measured twice: published back to back, for the deltas delivered per second (over
// all members), and paced at 1,000 deltas a second (a busy room), for the p99 delivery
// latency. The room's log is large enough here that no member falls out of it, so both
// deliver every delta.
func BenchmarkRoomFanout(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// The room.
	h := NewHub(Options{Components: map[int]bool{1: true}, IntentRate: 1e9, IntentBurst: 1 << 30, MaxMembers: fanoutMembers + 1,
		MaxLog: max(b.N+16, 1024)}, false)
	defer h.Close()
	rsrv := httptest.NewServer(h)
	defer rsrv.Close()
	r, _, owner, err := h.Create("owner")
	if err != nil {
		b.Fatal(err)
	}
	var roomReaders []*fanReader
	for i := range fanoutMembers {
		_, _, tok, err := h.Join(r.ID(), "m"+strconv.Itoa(i))
		if err != nil {
			b.Fatal(err)
		}
		req, _ := http.NewRequestWithContext(ctx, "GET", rsrv.URL+"/gradio_api/room/"+r.ID()+"/events", nil)
		req.Header.Set(TokenHeader, tok)
		roomReaders = append(roomReaders, openReader(b, req))
	}

	// The plain broadcast.
	bc := newBroadcast()
	bsrv := httptest.NewServer(bc)
	defer bsrv.Close()
	var baseReaders []*fanReader
	for range fanoutMembers {
		req, _ := http.NewRequestWithContext(ctx, "GET", bsrv.URL, nil)
		baseReaders = append(baseReaders, openReader(b, req))
	}
	for bc.count() < fanoutMembers {
		time.Sleep(time.Millisecond)
	}

	b.ResetTimer()
	applyRoom := func(v []byte) {
		if err := r.Apply(owner, &Intent{Kind: KindValue, Component: 1, Value: v}); err != nil {
			b.Fatal(err)
		}
	}
	roomRate, _ := fanout(b.N, roomReaders, applyRoom, 0)
	baseRate, _ := fanout(b.N, baseReaders, bc.publish, 0)
	_, roomP99 := fanout(b.N, roomReaders, applyRoom, time.Millisecond)
	_, baseP99 := fanout(b.N, baseReaders, bc.publish, time.Millisecond)
	b.StopTimer()
	b.ReportMetric(roomRate, "room-deltas/s")
	b.ReportMetric(baseRate, "sse-deltas/s")
	b.ReportMetric(roomRate/baseRate, "rate-ratio")
	b.ReportMetric(roomP99.Seconds()*1e3, "room-p99-ms")
	b.ReportMetric(baseP99.Seconds()*1e3, "sse-p99-ms")
	b.ReportMetric(float64(roomP99)/float64(baseP99), "p99-ratio")
	cancel()
}

// fanout publishes n messages, every interval (0: back to back), and waits until every
// reader has the last one; it returns the deltas delivered per second (over all
// readers) and the p99 latency.
func fanout(n int, readers []*fanReader, publish func([]byte), interval time.Duration) (float64, time.Duration) {
	for _, rd := range readers {
		rd.expect(n)
	}
	start := time.Now()
	for i := range n {
		if interval > 0 {
			if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
				time.Sleep(d)
			}
		}
		publish(fmt.Appendf(nil, `{"i":%d,"t":%d}`, i, time.Now().UnixNano()))
	}
	var lat []time.Duration
	delivered := 0
	for _, rd := range readers {
		<-rd.done
		rd.mu.Lock()
		lat = append(lat, rd.lat...)
		delivered += len(rd.lat)
		rd.mu.Unlock()
	}
	elapsed := time.Since(start)
	if len(lat) == 0 {
		return 0, 0
	}
	slices.Sort(lat)
	return float64(delivered) / elapsed.Seconds(), lat[len(lat)*99/100]
}

type fanReader struct {
	mu   sync.Mutex
	last int // the index that ends the current phase
	lat  []time.Duration
	done chan struct{}
}

func (rd *fanReader) expect(n int) {
	rd.mu.Lock()
	rd.last, rd.lat, rd.done = n-1, rd.lat[:0], make(chan struct{})
	rd.mu.Unlock()
}

func openReader(b *testing.B, req *http.Request) *fanReader {
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != 200 {
		b.Fatalf("stream: %v", err)
	}
	rd := &fanReader{last: -1, done: make(chan struct{})}
	go func() {
		defer res.Body.Close()
		br := bufio.NewReaderSize(res.Body, 64<<10)
		for {
			line, err := br.ReadSlice('\n')
			if err != nil {
				return
			}
			i, t, ok := stamp(line)
			if !ok {
				continue
			}
			now := time.Now().UnixNano()
			rd.mu.Lock()
			if t > 0 {
				rd.lat = append(rd.lat, time.Duration(now-t))
			}
			if i == rd.last && rd.last >= 0 {
				rd.last = -1
				close(rd.done)
			}
			rd.mu.Unlock()
		}
	}()
	return rd
}

// stamp finds {"i":…,"t":…} in a data line (a delta, or a snapshot, whose t is not a
// delivery and is not counted).
func stamp(line []byte) (i int, t int64, ok bool) {
	k := bytes.Index(line, []byte(`{"i":`))
	if k < 0 {
		return 0, 0, false
	}
	var v struct {
		I int   `json:"i"`
		T int64 `json:"t"`
	}
	end := bytes.IndexByte(line[k:], '}')
	if end < 0 || json.Unmarshal(line[k:k+end+1], &v) != nil {
		return 0, 0, false
	}
	if bytes.Contains(line, []byte(`"type":"snapshot"`)) {
		return v.I, 0, true
	}
	return v.I, v.T, true
}

// broadcast is the baseline: every subscriber has a buffered channel, and a publish
// sends the message to each.
type broadcast struct {
	mu   sync.Mutex
	subs map[chan []byte]struct{}
}

func newBroadcast() *broadcast { return &broadcast{subs: map[chan []byte]struct{}{}} }

func (bc *broadcast) count() int {
	bc.mu.Lock()
	defer bc.mu.Unlock()
	return len(bc.subs)
}

func (bc *broadcast) publish(v []byte) {
	msg := fmt.Appendf(nil, `{"type":"value","component":1,"value":%s}`, v)
	bc.mu.Lock()
	defer bc.mu.Unlock()
	for c := range bc.subs {
		c <- msg
	}
}

func (bc *broadcast) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c := make(chan []byte, 1024)
	bc.mu.Lock()
	bc.subs[c] = struct{}{}
	bc.mu.Unlock()
	defer func() {
		bc.mu.Lock()
		delete(bc.subs, c)
		bc.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
	rc := http.NewResponseController(w)
	_ = rc.Flush()
	var buf []byte
	for {
		select {
		case m := <-c:
			buf = append(buf[:0], "data: "...)
			buf = append(buf, m...)
			buf = append(buf, "\n\n"...)
			for more := true; more; {
				select {
				case m := <-c:
					buf = append(buf, "data: "...)
					buf = append(buf, m...)
					buf = append(buf, "\n\n"...)
				default:
					more = false
				}
			}
			if _, err := w.Write(buf); err != nil {
				return
			}
			if rc.Flush() != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}
