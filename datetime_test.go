package gradio

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones the tests use, whatever the machine has

	"github.com/gradio-go/gradio/gradiotest"
)

func TestDateTimePreprocess(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	checkDecode(t, &DateTime{}, []decodeCase{
		{"wire form", `"2020-10-01 05:20:15"`, utc(2020, 10, 1, 5, 20, 15), ""},
		{"date only", `"2020-10-01"`, utc(2020, 10, 1, 0, 0, 0), ""},
		{"T form", `"2020-10-01T05:20"`, utc(2020, 10, 1, 5, 20, 0), ""},
		{"RFC 3339", `"2020-10-01T07:20:15+02:00"`, time.Date(2020, 10, 1, 7, 20, 15, 0, time.FixedZone("", 7200)), ""},
		{"null", `null`, time.Time{}, ""},
		{"empty", `""`, time.Time{}, ""},
		{"invalid", `"tomorrow"`, nil, `"tomorrow" is not a date: use the form YYYY-MM-DD HH:MM:SS`},
		{"bad day", `"2020-02-30 00:00:00"`, nil, "is not a date"},
		{"bad relative", `"now + 1h"`, nil, `"now + 1h" is not a relative date: use "now" or "now - <n><s|m|h|d>"`},
		{"relative overflow", `"now - 999999999999d"`, nil, "goes too far back"},
		{"number", `1601529615`, nil, `expected a date "YYYY-MM-DD HH:MM:SS", got a number`},
	})
	// Relative forms, as Gradio reads them.
	d := &DateTime{}
	for in, ago := range map[string]time.Duration{"now": 0, " now - 30s ": 30 * time.Second, "now-5m": 5 * time.Minute, "now - 2h": 2 * time.Hour, "now - 1d": 24 * time.Hour} {
		v, err := d.Preprocess(context.Background(), json.RawMessage(jsonString(in)))
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if diff := time.Since(v.(time.Time)) - ago; diff < -time.Second || diff > 5*time.Second {
			t.Errorf("%q is %v ago, want %v", in, time.Since(v.(time.Time)), ago)
		}
	}
	// A time zone reads wall times in it.
	paris := &DateTime{Timezone: "Europe/Paris"}
	if err := paris.Validate(); err != nil {
		t.Fatal(err)
	}
	v, err := paris.Preprocess(context.Background(), json.RawMessage(`"2024-07-01 12:00:00"`))
	if err != nil || !v.(time.Time).Equal(utc(2024, 7, 1, 10, 0, 0)) {
		t.Errorf("Paris noon = %v, %v", v, err)
	}
}

func TestDateTimeTypes(t *testing.T) {
	d := &DateTime{IncludeTime: False}
	ctx := context.Background()
	if s, err := d.PreprocessTo(ctx, json.RawMessage(`"2020-10-01T05:20:15Z"`), stringType); err != nil || s != "2020-10-01" {
		t.Errorf("string = %v, %v", s, err)
	}
	if f, err := (&DateTime{}).PreprocessTo(ctx, json.RawMessage(`"1970-01-02 00:00:01"`), floatType); err != nil || f != 86401.0 {
		t.Errorf("float64 = %v, %v", f, err)
	}
	if f, err := d.PreprocessTo(ctx, json.RawMessage(`null`), floatType); err != nil || f != 0.0 {
		t.Errorf("null float64 = %v, %v", f, err)
	}
	if s, err := d.PreprocessTo(ctx, json.RawMessage(`""`), stringType); err != nil || s != "" {
		t.Errorf("empty string = %v, %v", s, err)
	}
	if _, err := d.PreprocessTo(ctx, json.RawMessage(`"x"`), stringType); err == nil {
		t.Error("an invalid date was accepted")
	}
	if !d.AcceptsType(stringType) || !d.AcceptsType(floatType) || d.AcceptsType(reflect.TypeFor[int]()) {
		t.Error("AcceptsType")
	}
}

func TestDateTimePostprocess(t *testing.T) {
	at := time.Date(2020, 10, 1, 5, 20, 15, 0, time.UTC)
	checkEncode(t, &DateTime{}, []encodeCase{
		{"time", at, `"2020-10-01 05:20:15"`, ""},
		{"other zone", at.In(time.FixedZone("", -3600)), `"2020-10-01 05:20:15"`, ""},
		{"zero", time.Time{}, `null`, ""},
		{"nil", nil, `null`, ""},
		{"string", "2020-10-01 05:20:15", `"2020-10-01 05:20:15"`, ""},
		{"string normalised", "2020-10-01T05:20", `"2020-10-01 05:20:00"`, ""},
		{"relative kept", "now - 1h", `"now - 1h"`, ""},
		{"empty string", "", `null`, ""},
		{"seconds", 1601529615.0, `"2020-10-01 05:20:15"`, ""},
		{"invalid string", "soon", "", `"soon" is not a date`},
		{"NaN", nanValue(), "", "is not a time in seconds since 1970"},
		{"other", 3, "", "a DateTime shows a time.Time, a string or float64 seconds, not a int"},
	})
	checkEncode(t, &DateTime{IncludeTime: False}, []encodeCase{{"date only", at, `"2020-10-01"`, ""}})
	tokyo := &DateTime{Timezone: "Asia/Tokyo"}
	if tokyo.Validate() == nil {
		checkEncode(t, tokyo, []encodeCase{{"in the zone", at, `"2020-10-01 14:20:15"`, ""}})
	}
}

func TestDateTimeProps(t *testing.T) {
	// Gradio 6.25's props (showcase.config.json).
	checkProps(t, &DateTime{Label: "DateTime", Value: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}, map[string]any{
		"value": "2024-01-02 03:04:05", "include_time": true, "type": "timestamp", "label": "DateTime", "show_label": true,
		"min_width": 160, "visible": true, "elem_classes": []any{}, "buttons": []any{}, "_selectable": false,
		"container": nil, "timezone": nil,
	})
	checkProps(t, &DateTime{IncludeTime: False, Timezone: "UTC", Value: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
		map[string]any{"include_time": false, "timezone": "UTC", "value": "2024-01-02"})
	checkSchema(t, &DateTime{}, `{"type": "string", "description": "Formatted as YYYY-MM-DD HH:MM:SS"}`)
	checkSchema(t, &DateTime{IncludeTime: False}, `{"type": "string", "description": "Formatted as YYYY-MM-DD"}`)
	if (&DateTime{}).ExampleValue() != "2020-10-01 05:20:15" {
		t.Error("ExampleValue")
	}
	checkValidate(t, map[string]struct {
		c    Validator
		want string
	}{
		"zero": {&DateTime{}, ""},
		"utc":  {&DateTime{Timezone: "UTC"}, ""},
		"zone": {&DateTime{Timezone: "Mars/Olympus"}, `Timezone "Mars/Olympus" is not a known time zone`},
	})
}

// Handlers take a time.Time, a string or float64 seconds; Gradio's example comes back
// unchanged (showcase.call-roundtrip.txt).
func TestDateTimeEndToEnd(t *testing.T) {
	in, out := &DateTime{}, &DateTime{}
	in.Change(func(t time.Time) time.Time { return t.Add(time.Hour) }, In(in), Out(out), EventOptions{APIName: "later"})
	in.Change(func(s string) string { return s }, In(in), Out(out), EventOptions{APIName: "text"})
	in.Change(func(f float64) float64 { return f + 1 }, In(in), Out(out), EventOptions{APIName: "seconds"})
	app, err := (&Blocks{Children: []Component{in, out}}).Build(WithTempDir(t.TempDir()), WithQuiet())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	c := gradiotest.New(app)
	for api, want := range map[string]string{"/later": "2020-10-01 06:20:15", "/text": "2020-10-01 05:20:15", "/seconds": "2020-10-01 05:20:16"} {
		if got, err := c.Predict(api, "2020-10-01 05:20:15"); err != nil || got[0] != want {
			t.Errorf("%s = %v, %v; want %s", api, got, err, want)
		}
	}
	if _, err := c.Predict("/later", "2020-13-01 00:00:00"); err == nil || !strings.Contains(err.Error(), "is not a date") {
		t.Errorf("an invalid date: %v", err)
	}
}

func FuzzDateTimePreprocess(f *testing.F) {
	for _, s := range []string{`"2020-10-01 05:20:15"`, `"now - 3d"`, `"2020-10-01"`, `null`, `"now"`, `"9999-12-31T23:59:59Z"`, `"now - 9223372036854775807s"`} {
		f.Add(s)
	}
	d := &DateTime{}
	f.Fuzz(func(t *testing.T, payload string) {
		v, err := d.Preprocess(context.Background(), json.RawMessage(payload))
		if err != nil {
			return
		}
		tm := v.(time.Time)
		if tm.IsZero() || tm.UTC().Year() < 1 || tm.UTC().Year() > 9999 {
			return
		}
		// An accepted date can be sent back, and reads the same to the second.
		out, err := d.Postprocess(context.Background(), tm)
		if err != nil {
			t.Fatalf("Postprocess of accepted %q: %v", payload, err)
		}
		back, err := d.Preprocess(context.Background(), json.RawMessage(jsonString(out.(string))))
		if err != nil || !back.(time.Time).Equal(tm.Truncate(time.Second)) {
			t.Fatalf("%q -> %q -> %v, %v", payload, out, back, err)
		}
	})
}

func ExampleDateTime() {
	start := &DateTime{Label: "Start", Timezone: "UTC"}
	end := &DateTime{Label: "End", Timezone: "UTC"}
	start.Change(func(t time.Time) time.Time { return t.Add(7 * 24 * time.Hour) }, In(start), Out(end))
}
