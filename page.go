package gradio

import (
	"html/template"
	"net/http"
	"sort"
	"strings"
)

// pageTmpl is the page served at the app's root in a build without the web UI (the
// nofrontend tag): it names the app and lists its API.
var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#27272a}
code,pre{background:#f4f4f5;border-radius:4px;padding:.1rem .3rem}pre{padding:.75rem;overflow:auto}</style>
<script>window.gradio_config = {{.Config}};</script>
</head><body>
<h1>{{.Title}}</h1>
<p>This gradio-go app is running. It was built without its browser interface (the
nofrontend tag); its API is served, and the official Gradio clients and curl can call it.</p>
<h2>API</h2>
<p>Endpoints (full description at <a href="{{.Root}}/gradio_api/info">/gradio_api/info</a>):</p>
<ul>{{range .Endpoints}}<li><code>{{.}}</code></li>{{end}}</ul>
{{with .Example}}<p>For example:</p><pre>{{.}}</pre>{{end}}
</body></html>`))

func (a *App) page(w http.ResponseWriter, r *http.Request, root string) {
	var names []string
	for name := range a.info.NamedEndpoints {
		names = append(names, name)
	}
	sort.Strings(names)
	example := ""
	if len(names) > 0 {
		example = codeSnippets(root, names[0], a.info.NamedEndpoints[names[0]])["bash"]
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_ = pageTmpl.Execute(w, map[string]any{
		"Title": a.cfg.Title, "Root": strings.TrimSuffix(root, "/"), "Endpoints": names, "Example": example,
		// html/template escapes JSON in a script context safely.
		"Config": template.JS(a.document("config", root)),
	})
}
