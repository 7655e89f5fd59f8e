//go:build !linux

package server

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Heartbeat streams are taken over from net/http on Linux only (idle_linux.go); here
// each is served by its handler.
const idleSupported = false

type idleSet struct{}

func newIdleSet(time.Duration) (*idleSet, error) { return nil, errors.New("not supported") }

func (*idleSet) adopt(http.ResponseWriter, *http.Request, func()) bool { return false }

func (*idleSet) close(context.Context) error { return nil }
