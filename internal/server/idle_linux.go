package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"
)

const idleSupported = true

// idleSet serves the heartbeat streams the server took over from net/http (hijacked):
// it keeps each connection with the release function of its session, and one goroutine
// writes their heartbeat frames every interval and notices when a client goes away.
// A parked connection costs its net.Conn and a map entry, about 1 KB, where a handler
// goroutine blocked on the stream costs its stack, net/http's background reader and
// their buffers (about 27 KB, performance.md §3.4).
//
// Closed connections are noticed at once, not at the next failed write, so that a
// closed page's Unload listeners run promptly: the goroutine waits in an epoll set of
// its own in which every connection is registered for EPOLLRDHUP (the client shut its
// side or the connection broke). Writes are non-blocking, so a client that stopped
// reading cannot stall the others; such a client is dropped.
type idleSet struct {
	interval time.Duration
	epfd     int
	wake     [2]int // a pipe whose read end is in the epoll set: wakes the loop for close

	mu       sync.Mutex
	conns    map[int32]*idleConn
	nextID   int32
	closing  bool
	stopping chan struct{} // closed by close, for connections served by goroutines
	snap     []idleRef     // the loop's copy of conns while it writes heartbeats

	done      chan struct{} // closed when the loop has returned
	closeOnce sync.Once
	released  sync.WaitGroup
}

type idleConn struct {
	conn    net.Conn
	raw     syscall.RawConn
	release func()
}

type idleRef struct {
	id int32
	c  *idleConn
}

// wakeID is the epoll key of the wake pipe; connections have ids >= 0.
const wakeID = -1

func newIdleSet(interval time.Duration) (*idleSet, error) {
	epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	s := &idleSet{interval: interval, epfd: epfd, conns: make(map[int32]*idleConn),
		stopping: make(chan struct{}), done: make(chan struct{})}
	if err := syscall.Pipe2(s.wake[:], syscall.O_CLOEXEC|syscall.O_NONBLOCK); err != nil {
		syscall.Close(epfd)
		return nil, err
	}
	if err := syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, s.wake[0], &syscall.EpollEvent{Events: syscall.EPOLLIN, Fd: wakeID}); err != nil {
		s.closeFDs()
		return nil, err
	}
	go s.loop()
	return s, nil
}

func (s *idleSet) closeFDs() {
	syscall.Close(s.wake[0])
	syscall.Close(s.wake[1])
	syscall.Close(s.epfd)
}

// adopt takes the connection of w over: it writes the response head and the first
// frame and parks the connection. It returns false, having written nothing, when w
// cannot be hijacked or the set is closing.
func (s *idleSet) adopt(w http.ResponseWriter, r *http.Request, release func()) bool {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return false
	}
	s.released.Add(1) // close waits for this adoption
	s.mu.Unlock()
	defer s.released.Done()

	head := append(sseHead(w.Header()), aliveChunk...)
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return false
	}
	// The connection is ours now; whatever else the client sent on it is ignored.
	var raw syscall.RawConn
	if sc, ok := conn.(syscall.Conn); ok {
		raw, _ = sc.SyscallConn()
	}
	if raw == nil {
		// Not a socket we can poll (a wrapped listener): a goroutine serves it.
		s.released.Add(1)
		go s.serve(conn, head, release)
		return true
	}
	c := &idleConn{conn: conn, raw: raw, release: release}
	s.mu.Lock()
	closing := s.closing
	// The head goes out under the lock, so that no heartbeat can precede it, and
	// without blocking: a fresh connection has room for it.
	ok := !closing && write(raw, head)
	if ok {
		// Registered under the lock too, so that the loop cannot see an event of the
		// connection before it is in the set.
		id := s.newID()
		var cerr error
		err := raw.Control(func(fd uintptr) {
			cerr = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_ADD, int(fd), &syscall.EpollEvent{Events: syscall.EPOLLRDHUP, Fd: id})
		})
		if ok = err == nil && cerr == nil; ok {
			s.conns[id] = c
		}
	}
	s.mu.Unlock()
	if !ok {
		if closing {
			// Ended as a handler's stream is when the server closes.
			write(raw, append(head, lastChunk...))
		}
		conn.Close()
		release()
	}
	return true
}

// newID returns an id no parked connection has. Called with s.mu held.
func (s *idleSet) newID() int32 {
	for {
		id := s.nextID
		s.nextID++
		if s.nextID < 0 {
			s.nextID = 0
		}
		if _, used := s.conns[id]; !used {
			return id
		}
	}
}

// serve serves a connection that cannot be polled, as a handler would: it writes
// heartbeats until a read fails (the client went away) or the set closes.
func (s *idleSet) serve(conn net.Conn, head []byte, release func()) {
	defer s.released.Done()
	defer release()
	defer conn.Close()
	gone := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, conn)
		close(gone)
	}()
	defer func() { conn.Close(); <-gone }()
	tick := time.NewTicker(s.interval)
	defer tick.Stop()
	frame := head
	for {
		_ = conn.SetWriteDeadline(time.Now().Add(s.interval))
		if _, err := conn.Write(frame); err != nil {
			return
		}
		frame = aliveChunk
		select {
		case <-tick.C:
		case <-gone:
			return
		case <-s.stopping:
			_ = conn.SetWriteDeadline(time.Now().Add(time.Second))
			_, _ = conn.Write(lastChunk)
			return
		}
	}
}

// loop writes heartbeats every interval and drops connections whose clients went away,
// until the set closes.
func (s *idleSet) loop() {
	defer close(s.done)
	events := make([]syscall.EpollEvent, 128)
	next := time.Now().Add(s.interval)
	for {
		wait := max(time.Until(next), 0)
		n, err := syscall.EpollWait(s.epfd, events, int((wait+time.Millisecond-1)/time.Millisecond))
		if err != nil && err != syscall.EINTR {
			// Not expected with a valid epoll fd; keep the heartbeats going.
			time.Sleep(min(wait, 100*time.Millisecond))
		}
		for _, ev := range events[:max(n, 0)] {
			if ev.Fd != wakeID {
				s.drop(ev.Fd)
				continue
			}
			var b [16]byte
			_, _ = syscall.Read(s.wake[0], b[:])
			s.mu.Lock()
			closing := s.closing
			s.mu.Unlock()
			if closing {
				s.shutdown()
				return
			}
		}
		if now := time.Now(); !now.Before(next) {
			s.beat()
			next = now.Add(s.interval)
		}
	}
}

// beat writes a heartbeat frame to every parked connection.
func (s *idleSet) beat() {
	s.mu.Lock()
	s.snap = s.snap[:0]
	for id, c := range s.conns {
		s.snap = append(s.snap, idleRef{id, c})
	}
	s.mu.Unlock()
	for _, ref := range s.snap {
		if !write(ref.c.raw, aliveChunk) {
			s.drop(ref.id)
		}
	}
	clear(s.snap)
}

// write sends b without blocking; false means the connection is broken or its client
// has stopped reading.
func write(raw syscall.RawConn, b []byte) bool {
	var (
		n    int
		werr error
	)
	err := raw.Write(func(fd uintptr) bool {
		for {
			n, werr = syscall.Write(int(fd), b)
			if werr != syscall.EINTR {
				return true
			}
		}
	})
	return err == nil && werr == nil && n == len(b)
}

// drop removes a connection whose client went away.
func (s *idleSet) drop(id int32) {
	s.mu.Lock()
	c, ok := s.conns[id]
	delete(s.conns, id)
	s.mu.Unlock()
	if ok {
		s.finish(c, false)
	}
}

// finish closes a parked connection, first ending its response if end is set, and
// releases its session on a goroutine of its own: the release can run the app's Unload
// listeners, which must not hold up the other connections. Called by the loop only.
func (s *idleSet) finish(c *idleConn, end bool) {
	_ = c.raw.Control(func(fd uintptr) {
		_ = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_DEL, int(fd), nil)
	})
	if end {
		write(c.raw, lastChunk)
	}
	c.conn.Close()
	s.released.Add(1)
	go func() {
		defer s.released.Done()
		c.release()
	}()
}

// shutdown ends every parked connection. Called by the loop once the set is closing.
func (s *idleSet) shutdown() {
	s.mu.Lock()
	conns := s.conns
	s.conns = map[int32]*idleConn{}
	s.mu.Unlock()
	for _, c := range conns {
		s.finish(c, true)
	}
}

// close ends every parked connection and waits, until ctx ends, for their sessions to
// be released.
func (s *idleSet) close(ctx context.Context) error {
	s.mu.Lock()
	already := s.closing
	if !already {
		s.closing = true
		close(s.stopping)
	}
	s.mu.Unlock()
	if !already {
		_, _ = syscall.Write(s.wake[1], []byte{1})
	}
	<-s.done
	s.closeOnce.Do(s.closeFDs) // the loop, their only user, has returned
	released := make(chan struct{})
	go func() {
		s.released.Wait()
		close(released)
	}()
	select {
	case <-released:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}
