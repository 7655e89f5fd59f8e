package gradio

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
)

// Variant is a button's style.
type Variant string

// Button variants.
const (
	Primary   Variant = "primary"
	Secondary Variant = "secondary"
	Stop      Variant = "stop"
)

// Sizes of buttons.
const (
	Small  = "sm"
	Medium = "md"
	Large  = "lg"
)

// Button is a clickable button. Its value is its text, which a handler may receive as
// a string, or change by using the button as an output.
type Button struct {
	Events
	// Value is the button's text; "" means "Run".
	Value string
	// Variant defaults to Secondary.
	Variant Variant
	// Size is Small, Medium or Large (the default).
	Size string
	// Icon is the URL of an image shown before the text.
	Icon string
	// Link, if set, makes the button open this URL.
	Link string

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

func (b *Button) Kind() string { return "button" }

func (b *Button) Props() map[string]any {
	return buttonProps(b.Value, "Run", b.Variant, b.Size, b.Icon, b.Link, b.Scale, b.MinWidth, b.Visible, b.Interactive, b.ElemID, b.ElemClasses)
}

func buttonProps(value, defValue string, variant Variant, size, icon, link string, scale, minWidth int, visible, interactive Bool, elemID string, classes []string) props {
	p := layoutProps(visible, elemID, classes)
	p["value"] = or(value, defValue)
	p["variant"] = string(variant)
	if variant == "" {
		p["variant"] = string(Secondary)
	}
	p["size"] = or(size, Large)
	p.str("icon", icon)
	p.str("link", link)
	p["link_target"] = "_self"
	p["interactive"] = interactive.or(true)
	if scale != 0 {
		p["scale"] = scale
	}
	if minWidth != 0 {
		p["min_width"] = minWidth
	}
	return p
}

func validButton(variant Variant, size string) error {
	switch variant {
	case "", Primary, Secondary, Stop, "huggingface":
	default:
		return fmt.Errorf("Variant %q is not one of primary, secondary, stop", variant)
	}
	switch size {
	case "", Small, Medium, Large:
		return nil
	}
	return fmt.Errorf("Size %q is not one of sm, md, lg", size)
}

func (b *Button) Validate() error { return validButton(b.Variant, b.Size) }

func (b *Button) ValueType() reflect.Type { return reflect.TypeFor[string]() }

func (b *Button) Preprocess(_ context.Context, p json.RawMessage) (any, error) {
	return decodeValue[string](p, "a string")
}

func (b *Button) Postprocess(_ context.Context, v any) (any, error) {
	s, _ := v.(string)
	return s, nil
}

func (b *Button) skipAPI() bool { return true }

// Click registers fn to run when the button is clicked.
func (b *Button) Click(fn any, in Inputs, out Outputs, opts ...EventOptions) *Event {
	return on(b, b, EventClick, fn, in, out, opts)
}

var (
	_ Input     = (*Button)(nil)
	_ Output    = (*Button)(nil)
	_ Validator = (*Button)(nil)
)
