package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DateTime lets the user pick a date and, unless IncludeTime is False, a time. On the
// wire its value is the text "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD") in the
// component's Timezone. A handler takes or returns a time.Time (the default), a string
// (in the wire form), or a float64 of seconds since the Unix epoch.
//
// Received values may also be RFC 3339 text, "YYYY-MM-DDTHH:MM[:SS]", or Gradio's
// relative forms "now", "now - 30s", "now - 5m", "now - 2h", "now - 1d". An empty
// value gives the zero time.Time, "" or 0. Returned relative forms are sent as they
// are; other strings are checked and normalised; the zero time.Time clears the
// component.
type DateTime struct {
	Events
	// Value is the initial date; the zero time.Time leaves the component empty.
	Value time.Time
	// IncludeTime offers a time as well as a date; it defaults to True.
	IncludeTime Bool
	// Timezone is the IANA name of the time zone values are read and written in, such
	// as "Europe/Paris" (from the system's time zone database); empty means UTC.
	Timezone string

	Label       string
	Info        string
	ShowLabel   Bool
	Scale       int
	MinWidth    int
	Visible     Bool
	Interactive Bool
	ElemID      string
	ElemClasses []string
	// Key keeps the component (and the value the user gave it) across re-runs of a
	// Render's Fn; see Render.
	Key string
}

var (
	floatType = reflect.TypeFor[float64]()
	// nowForm is Gradio's relative date: "now", optionally minus a number of seconds,
	// minutes, hours or days.
	nowForm   = regexp.MustCompile(`^\s*now\s*(?:-\s*(\d+)\s*([dmhs]))?\s*$`)
	locations sync.Map // time zone name -> *time.Location
)

func (d *DateTime) Kind() string { return "datetime" }

func (d *DateTime) layout() string {
	if d.IncludeTime.or(true) {
		return "2006-01-02 15:04:05"
	}
	return "2006-01-02"
}

// location is the component's time zone; an unknown name falls back to UTC (Validate
// reports it).
func (d *DateTime) location() *time.Location {
	loc, err := loadLocation(d.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

func loadLocation(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, loc)
	return loc, nil
}

func (d *DateTime) Props() map[string]any {
	p := common{d.Label, d.Info, d.ShowLabel, Unset, d.Scale, d.MinWidth, d.Visible, d.Interactive, d.ElemID, d.ElemClasses}.into(props{})
	delete(p, "container") // Gradio's DateTime has none
	p["include_time"] = d.IncludeTime.or(true)
	p["type"] = "timestamp"
	p.str("timezone", d.Timezone)
	p["buttons"] = []string{}
	p["_selectable"] = false
	if !d.Value.IsZero() {
		p["value"] = d.Value.In(d.location()).Format(d.layout())
	}
	return p
}

func (d *DateTime) Validate() error {
	if _, err := loadLocation(d.Timezone); err != nil {
		return fmt.Errorf("Timezone %q is not a known time zone: %v", d.Timezone, err)
	}
	return nil
}

func (d *DateTime) ValueType() reflect.Type { return timeType }

// AcceptsType allows strings and float64 seconds since the epoch, both ways.
func (d *DateTime) AcceptsType(t reflect.Type) bool { return t == stringType || t == floatType }

// Preprocess reads the date in the component's time zone; null or "" gives the zero
// time.Time.
func (d *DateTime) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	t, _, err := d.decode(p)
	return t, err
}

func (d *DateTime) PreprocessTo(_ context.Context, p json.RawMessage, t reflect.Type) (any, error) {
	v, empty, err := d.decode(p)
	if err != nil {
		return nil, err
	}
	switch {
	case t == floatType && empty:
		return 0.0, nil
	case t == floatType:
		return float64(v.Unix()) + float64(v.Nanosecond())/1e9, nil
	case empty:
		return "", nil
	}
	return v.Format(d.layout()), nil
}

func (d *DateTime) decode(p json.RawMessage) (time.Time, bool, error) {
	s, err := decodeValue[string](p, `a date "YYYY-MM-DD HH:MM:SS"`)
	if err != nil || strings.TrimSpace(s) == "" {
		return time.Time{}, true, err
	}
	t, err := d.parse(s)
	return t, false, err
}

// parse reads a date in any accepted form, in the component's time zone.
func (d *DateTime) parse(s string) (time.Time, error) {
	loc := d.location()
	if strings.Contains(s, "now") {
		m := nowForm.FindStringSubmatch(s)
		if m == nil {
			return time.Time{}, fmt.Errorf(`%q is not a relative date: use "now" or "now - <n><s|m|h|d>", such as "now - 2h"`, s)
		}
		now := time.Now().In(loc).Truncate(time.Second)
		if m[1] == "" {
			return now, nil
		}
		unit := map[string]time.Duration{"s": time.Second, "m": time.Minute, "h": time.Hour, "d": 24 * time.Hour}[m[2]]
		n, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil || n > int64(math.MaxInt64/unit) {
			return time.Time{}, fmt.Errorf("%q goes too far back", s)
		}
		return now.Add(-time.Duration(n) * unit), nil
	}
	return parseDate(s, loc)
}

// Postprocess sends a time.Time (in the component's time zone), a string (a relative
// form as is, any other date normalised) or float64 seconds since the epoch. The zero
// time.Time or "" clears the component.
func (d *DateTime) Postprocess(_ context.Context, v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case time.Time:
		if v.IsZero() {
			return nil, nil
		}
		return v.In(d.location()).Format(d.layout()), nil
	case string:
		if strings.TrimSpace(v) == "" {
			return nil, nil
		}
		if nowForm.MatchString(v) {
			return v, nil
		}
		t, err := d.parse(v)
		if err != nil {
			return nil, err
		}
		return t.Format(d.layout()), nil
	case float64:
		if !isFinite(v) || v > 1e13 || v < -1e13 {
			return nil, fmt.Errorf("%v is not a time in seconds since 1970", v)
		}
		sec, frac := int64(v), v-float64(int64(v))
		return time.Unix(sec, int64(frac*1e9)).In(d.location()).Format(d.layout()), nil
	}
	return nil, fmt.Errorf("a DateTime shows a time.Time, a string or float64 seconds, not a %T", v)
}

// APISchema is Gradio's: a string, with the format in its description.
func (d *DateTime) APISchema() map[string]any {
	f := "YYYY-MM-DD"
	if d.IncludeTime.or(true) {
		f += " HH:MM:SS"
	}
	return map[string]any{"type": "string", "description": "Formatted as " + f}
}

func (d *DateTime) ExampleValue() any { return "2020-10-01 05:20:15" }

// Change registers fn to run when the value changes, by the user or by a handler.
func (d *DateTime) Change(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventChange, fn, in, out, opts)
}

// Submit registers fn to run when the user confirms a date.
func (d *DateTime) Submit(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(d, d, EventSubmit, fn, in, out, opts)
}

var (
	_ TypedInput   = (*DateTime)(nil)
	_ TypedOutput  = (*DateTime)(nil)
	_ APIDescriber = (*DateTime)(nil)
	_ Exampler     = (*DateTime)(nil)
	_ Validator    = (*DateTime)(nil)
)
