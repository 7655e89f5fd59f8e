package gradio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// EventData describes the user action that fired an event: which item was selected,
// liked or deleted, and its value. A handler receives it by taking an EventData
// parameter first (after its context, if any), before the inputs' values:
//
//	gallery.Select(func(ev gradio.EventData) string {
//		return fmt.Sprintf("picked item %v", ev.Index)
//	}, nil, gradio.Out(status))
//
// Calls from API clients usually carry no event data; the handler then gets the zero
// EventData.
type EventData struct {
	// Index locates the item: an int for lists (a gallery item, a radio choice, a chat
	// message), [row, column] for a table cell, [x, y] for a point of an image.
	Index any
	// Value is the item's value.
	Value any
	// Selected reports whether the item was selected (true) or deselected.
	Selected bool
	// Liked is set by a chatbot's like (true) and dislike (false) buttons.
	Liked *bool
	// Feedback is the chatbot feedback option the user picked (Chatbot.FeedbackOptions
	// beyond Like and Dislike, such as "Inaccurate"); Liked is then nil.
	Feedback string
	// RowValue and ColValue are the row and the column of a selected table cell.
	RowValue, ColValue []any
	// Raw is the data as the page sent it, for custom components' own fields.
	Raw json.RawMessage
}

var eventDataType = reflect.TypeFor[EventData]()

// decodeEventData reads the event_data of a call; null or absent gives the zero value.
func decodeEventData(raw json.RawMessage) (EventData, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return EventData{}, nil
	}
	var w struct {
		Index    any             `json:"index"`
		Value    any             `json:"value"`
		Selected *bool           `json:"selected"`
		Liked    json.RawMessage `json:"liked"`
		RowValue []any           `json:"row_value"`
		ColValue []any           `json:"col_value"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return EventData{}, fmt.Errorf("event_data must be a JSON object: %w", err)
	}
	ev := EventData{Index: w.Index, Value: w.Value, RowValue: w.RowValue, ColValue: w.ColValue, Raw: append(json.RawMessage(nil), raw...)}
	// Like and Dislike send a bool; other feedback options send their label.
	if liked := bytes.TrimSpace(w.Liked); len(liked) > 0 && string(liked) != "null" {
		var b bool
		if err := json.Unmarshal(liked, &b); err == nil {
			ev.Liked = &b
		} else if err := json.Unmarshal(liked, &ev.Feedback); err != nil {
			return EventData{}, fmt.Errorf("event_data: liked must be a bool or a feedback option's label")
		}
	}
	// Gradio's SelectData defaults to selected when the page does not say.
	ev.Selected = w.Selected == nil || *w.Selected
	return ev, nil
}
