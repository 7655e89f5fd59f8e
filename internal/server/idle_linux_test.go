package server

// parked reports whether n heartbeat streams are parked in s's idle set.
func parked(s *Server, n int) bool {
	s.idleMu.Lock()
	set := s.idle
	s.idleMu.Unlock()
	if set == nil {
		return false
	}
	set.mu.Lock()
	defer set.mu.Unlock()
	return len(set.conns) == n
}
