package gradio

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gradio-go/gradio/internal/wire"
)

// codeSnippets are the examples the API page shows for an endpoint, one per language:
// Go (package client), JavaScript (@gradio/client), Python (gradio_client), curl, and
// the gradio command. Each calls the endpoint with its example inputs; tests run them.
func codeSnippets(root, name string, ep *wire.Endpoint) map[string]string {
	api := strings.TrimPrefix(name, "/")
	var goArgs, jsArgs, pyArgs, curlArgs, cliArgs []string
	usesFiles := false
	for _, p := range ep.Parameters {
		v := exampleOf(p)
		if isFileValue(v) {
			usesFiles = true
		}
		goArgs = append(goArgs, fmt.Sprintf("\t\t%q: %s,\n", p.ParameterName, literal(v, goLang)))
		jsArgs = append(jsArgs, fmt.Sprintf("\t%s: %s,\n", jsKey(p.ParameterName), literal(v, jsLang)))
		pyArgs = append(pyArgs, fmt.Sprintf("\t%s=%s,\n", p.ParameterName, literal(v, pyLang)))
		curl, _ := json.Marshal(v)
		curlArgs = append(curlArgs, string(curl))
		cliArgs = append(cliArgs, shellQuote(cliArg(v)))
	}
	jsImport, pyImport := "Client", "Client"
	if usesFiles {
		jsImport, pyImport = "Client, handle_file", "Client, handle_file"
	}
	return map[string]string{
		"go": fmt.Sprintf(`package main

import (
	"context"
	"fmt"
	"log"

	"github.com/gradio-go/gradio/client"
)

func main() {
	ctx := context.Background()
	c, err := client.Connect(ctx, %q)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	result, err := c.PredictNamed(ctx, %q, map[string]any{
%s	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(result...)
}
`, root, name, strings.Join(goArgs, "")),
		"javascript": fmt.Sprintf("import { %s } from \"@gradio/client\";\n\nconst client = await Client.connect(%q);\nconst result = await client.predict(%q, {\n%s});\n\nconsole.log(result.data);\n",
			jsImport, root, name, strings.Join(jsArgs, "")),
		"python": fmt.Sprintf("from gradio_client import %s\n\nclient = Client(%q)\nresult = client.predict(\n%s\tapi_name=%q,\n)\nprint(result)\n",
			pyImport, root, strings.Join(pyArgs, ""), name),
		"bash": fmt.Sprintf("EVENT_ID=$(curl -s -X POST %s%s/call/%s -H \"Content-Type: application/json\" \\\n  -d %s \\\n  | awk -F'\"' '{ print $4 }')\ncurl -N %s%s/call/%s/$EVENT_ID\n",
			root, wire.APIPrefix, api, shellQuote(`{"data": [`+strings.Join(curlArgs, ", ")+`]}`), root, wire.APIPrefix, api),
		"cli": fmt.Sprintf("gradio call %s %s %s\n", root, name, strings.Join(cliArgs, " ")),
	}
}

func exampleOf(p wire.Parameter) any {
	if p.ParameterHasDefault && p.ParameterDefault != nil {
		return p.ParameterDefault
	}
	return p.ExampleInput
}

type lang int

const (
	goLang lang = iota
	jsLang
	pyLang
)

// literal writes a JSON-like example value in a language's syntax; files become the
// language's way to pass a file by URL.
func literal(v any, l lang) string {
	g, err := wire.Generic(v)
	if err != nil {
		g = nil
	}
	if isFileValue(g) {
		u := fileURLOf(g)
		switch l {
		case goLang:
			return fmt.Sprintf("client.URL(%q)", u)
		default:
			return fmt.Sprintf("handle_file(%s)", strconv.Quote(u))
		}
	}
	switch x := g.(type) {
	case nil:
		return map[lang]string{goLang: "nil", jsLang: "null", pyLang: "None"}[l]
	case bool:
		if l == pyLang {
			return map[bool]string{true: "True", false: "False"}[x]
		}
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return strconv.Quote(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = literal(e, l)
		}
		if l == goLang {
			return "[]any{" + strings.Join(parts, ", ") + "}"
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ": " + literal(x[k], l)
		}
		if l == goLang {
			return "map[string]any{" + strings.Join(parts, ", ") + "}"
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return "nil"
}

// isFileValue recognises a FileData example.
func isFileValue(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	meta, _ := m["meta"].(map[string]any)
	return meta != nil && meta["_type"] == wire.FileDataType
}

func fileURLOf(v any) string {
	m := v.(map[string]any)
	if u, ok := m["url"].(string); ok && u != "" {
		return u
	}
	p, _ := m["path"].(string)
	return p
}

// jsKey writes an object key, quoted only when it must be.
func jsKey(k string) string {
	for i, r := range k {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return strconv.Quote(k)
		}
	}
	return k
}

// cliArg writes an example value as an argument of `gradio call`: strings as they are,
// files as @URL, anything else as JSON.
func cliArg(v any) string {
	g, _ := wire.Generic(v)
	if isFileValue(g) {
		return "@" + fileURLOf(g)
	}
	if s, ok := g.(string); ok {
		// A string that is itself valid JSON would be read as JSON: quote it as JSON.
		var probe any
		if json.Unmarshal([]byte(s), &probe) == nil {
			b, _ := json.Marshal(s)
			return string(b)
		}
		return s
	}
	b, _ := json.Marshal(g)
	return string(b)
}

// shellQuote quotes for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
