package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/gradio-go/gradio/internal/pgtest"
)

// BenchmarkLookup compares the two lookups made on most hub requests, per backend.
func BenchmarkLookup(b *testing.B) {
	for _, backend := range []struct {
		name string
		url  func(b *testing.B) string
	}{
		{"sqlite", func(b *testing.B) string { return "sqlite:" + b.TempDir() + "/hub.db" }},
		{"postgres", func(b *testing.B) string { return pgtest.Start(b) }},
	} {
		b.Run(backend.name, func(b *testing.B) {
			s := open(b, backend.url(b))
			ctx := b.Context()
			u := &User{Name: "alice"}
			if err := s.CreateUser(ctx, u); err != nil {
				b.Fatal(err)
			}
			a := &App{OwnerID: u.ID, Name: "echo", Visibility: Public, Tags: []string{"a", "b"}}
			if err := s.PutApp(ctx, a); err != nil {
				b.Fatal(err)
			}
			if err := s.CreateSession(ctx, &Session{Hash: hash("s"), UserID: u.ID, Expires: time.Now().Add(time.Hour)}); err != nil {
				b.Fatal(err)
			}
			for name, lookup := range map[string]func() error{
				"AppByID":     func() error { _, err := s.AppByID(ctx, a.ID); return err },
				"SessionUser": func() error { _, err := s.SessionUser(ctx, hash("s")); return err },
			} {
				b.Run(name, func(b *testing.B) {
					for b.Loop() {
						if err := lookup(); err != nil {
							b.Fatal(fmt.Errorf("%s: %w", name, err))
						}
					}
				})
			}
		})
	}
}
