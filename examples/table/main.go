// Command table edits a table of measurements and charts it: every edit redraws a line
// plot and a bar plot, and selecting a range on the line plot filters the table shown
// below it. Rows are Go structs; the columns come from their fields.
//
//	go run ./examples/table   # then open http://127.0.0.1:7860
package main

import (
	"fmt"
	"log"
	"math"
	"time"

	"github.com/gradio-go/gradio"
)

// Reading is one row of the table.
type Reading struct {
	Time    time.Time `gradio:"time"`
	Station string    `gradio:"station"`
	Celsius float64   `gradio:"celsius"`
	Windy   bool      `gradio:"windy"`
}

func main() {
	table := &gradio.Dataframe{
		Label:          "Readings (edit a cell, paste from a spreadsheet, add rows)",
		Value:          sample(),
		Datatype:       []string{"date", "str", "number", "bool"},
		ShowSearch:     "search",
		ShowRowNumbers: true,
		MaxHeight:      320,
	}
	line := &gradio.LinePlot{Label: "Temperature", X: "time", Y: "celsius", Color: "station",
		YTitle: "°C", Buttons: []string{"export"}}
	bars := &gradio.BarPlot{Label: "Mean by station", X: "station", Y: "celsius", YAggregate: "mean", Color: "station"}
	summary := &gradio.Markdown{}
	picked := &gradio.Dataframe{Label: "Selected range", Interactive: gradio.False, MaxHeight: 240}

	// One handler feeds both plots and the summary; editing the table reruns it.
	chart := func(rows []Reading) ([]Reading, []Reading, string) {
		return rows, rows, describe(rows)
	}
	table.Change(chart, gradio.In(table), gradio.Out(line, bars, summary), gradio.EventOptions{APIName: "chart"})

	// Dragging across the line plot selects a time range: its ends arrive as
	// seconds since the epoch.
	line.Select(func(ev gradio.EventData, rows []Reading) ([]Reading, error) {
		r, ok := ev.Index.([]any)
		if !ok || len(r) != 2 {
			return nil, gradio.Error{Message: "Select a range on the plot."}
		}
		from, _ := r[0].(float64)
		to, _ := r[1].(float64)
		var in []Reading
		for _, x := range rows {
			if t := float64(x.Time.Unix()); t >= from && t <= to {
				in = append(in, x)
			}
		}
		return in, nil
	}, gradio.In(table), gradio.Out(picked), gradio.EventOptions{APIName: "pick"})

	app := &gradio.Blocks{
		Title: "Table",
		Children: []gradio.Component{
			&gradio.Markdown{Value: "# Readings\nA table of Go structs, charted as you edit it."},
			table,
			gradio.Row(line, bars),
			summary,
			picked,
		},
	}
	// The plots start from the table's first value.
	app.Load(chart, gradio.In(table), gradio.Out(line, bars, summary))
	if err := app.Launch(); err != nil {
		log.Fatal(err)
	}
}

// sample is two days of hourly readings at three stations.
func sample() []Reading {
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var rows []Reading
	for i, station := range []string{"Harbour", "Hill", "Airport"} {
		for h := 0; h < 48; h += 3 {
			c := 8 + 5*math.Sin(float64(h-9)*math.Pi/12) + float64(i)*1.5
			rows = append(rows, Reading{
				Time:    start.Add(time.Duration(h) * time.Hour),
				Station: station,
				Celsius: math.Round(c*10) / 10,
				Windy:   (h/3+i)%4 == 0,
			})
		}
	}
	return rows
}

func describe(rows []Reading) string {
	if len(rows) == 0 {
		return "No readings."
	}
	lo, hi, windy := rows[0], rows[0], 0
	for _, r := range rows {
		if r.Celsius < lo.Celsius {
			lo = r
		}
		if r.Celsius > hi.Celsius {
			hi = r
		}
		if r.Windy {
			windy++
		}
	}
	return fmt.Sprintf("%d readings. Coldest **%.1f °C** (%s, %s); warmest **%.1f °C** (%s, %s); windy %d times.",
		len(rows), lo.Celsius, lo.Station, lo.Time.Format("Jan 2 15:04"), hi.Celsius, hi.Station, hi.Time.Format("Jan 2 15:04"), windy)
}
