package room

import (
	"errors"
	"testing"
)

// OnCreate hears of each room before its creator does; its error refuses the room.
func TestHubOnCreate(t *testing.T) {
	var told []string
	fail := false
	h, _ := testHub(t, Options{OnCreate: func(id string) error {
		told = append(told, id)
		if fail {
			return errors.New("no record")
		}
		return nil
	}})
	r, _, _, err := h.Create("Ann")
	if err != nil || len(told) != 1 || told[0] != r.ID() {
		t.Fatalf("create: %v, told %v", err, told)
	}
	fail = true
	_, _, _, err = h.Create("Bo")
	var e *Error
	if !errors.As(err, &e) || e.Status != 503 {
		t.Fatalf("a refused create: %v", err)
	}
	if ids := h.IDs(); len(ids) != 1 || ids[0] != r.ID() || h.Get(told[1]) != nil {
		t.Fatalf("rooms after a refused create: %v", ids)
	}
}
