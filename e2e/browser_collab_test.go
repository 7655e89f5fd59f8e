package e2e

import (
	"context"
	"fmt"
	"iter"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradio-go/gradio"
)

// collabApp is a small collaborative app: a prompt, a temperature, and a Generate
// button that streams words into an output. Members drop from presence 2 s after their
// page stops listening.
func collabApp(t *testing.T) string {
	t.Helper()
	app, err := collabBlocks().Build(
		gradio.WithTempDir(t.TempDir()),
		gradio.WithCollaboration(gradio.Collaboration{PresenceTimeout: 2 * time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app)
	t.Cleanup(func() {
		srv.Close()
		app.Close()
	})
	return srv.URL
}

func collabBlocks() *gradio.Blocks {
	prompt := &gradio.Textbox{Label: "Prompt"}
	temp := &gradio.Slider{Label: "Temperature", Minimum: 0, Maximum: 1, Step: 0.1, Value: 0.5}
	out := &gradio.Textbox{Label: "Output"}
	gen := &gradio.Button{Value: "Generate"}
	gen.Click(func(ctx context.Context, p string, temp float64) iter.Seq[string] {
		return func(yield func(string) bool) {
			words := strings.Fields(fmt.Sprintf("%s at %.1f: once upon a time there was a story", p, temp))
			for i := range words {
				select {
				case <-ctx.Done():
					return
				case <-time.After(120 * time.Millisecond):
				}
				if !yield(strings.Join(words[:i+1], " ")) {
					return
				}
			}
		}
	}, gradio.In(prompt, temp), gradio.Out(out))
	return &gradio.Blocks{Title: "Collab", Children: []gradio.Component{prompt, temp, gen, out}}
}

// member opens another browser context (its own storage, as another person's browser)
// in the browser of ctx.
func member(t *testing.T, ctx context.Context) (context.Context, context.CancelFunc) {
	t.Helper()
	c, cancel := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext())
	return c, cancel
}

// named opens url with name as the room's display name.
func named(url, name string) []step {
	return []step{
		chromedp.Navigate(url + "/"),
		void(chromedp.Evaluate[bool](fmt.Sprintf(`localStorage.setItem("gradio-room-name", %q), true`, name))),
	}
}

func members(n int) step {
	return waitJS(fmt.Sprintf(`document.querySelectorAll('.gr-room-members li').length === %d`, n))
}

func field(label string) string {
	return block(label) + `?.querySelector('input, textarea')`
}

// invite opens a room from the page of ctx, named name, and returns its link.
func invite(t *testing.T, ctx context.Context, base, name string) string {
	t.Helper()
	var link string
	run(t, ctx, append(named(base, name),
		chromedp.WaitVisible(css(`.gr-room-invite`)),
		chromedp.Click(css(`.gr-room-invite`)),
		waitJS(`location.search.includes("room=")`),
		members(1),
		eval(`location.href`, &link))...)
	return link
}

func TestBrowserCollabTwoMembers(t *testing.T) {
	base := collabApp(t)
	ann := browser(t)
	link := invite(t, ann, base, "Ann")
	bob, closeBob := member(t, ann)
	defer closeBob()
	run(t, bob, append(named(base, "Bob"), chromedp.Navigate(link), members(2))...)
	run(t, ann, members(2))

	// Typing in one appears in the other, with who is editing.
	run(t, ann, type_(field("Prompt"), "a cat"))
	run(t, bob,
		waitJS(field("Prompt")+`.value === "a cat"`),
		waitJS(`[...document.querySelectorAll('.gr-room-hint')].some(h => h.textContent === "Ann is editing")`),
		waitJS(`document.querySelector('.gr-room-activity')?.textContent.includes('Ann changed Prompt to "a cat"')`),
	)
	run(t, bob, type_(block("Temperature")+`.querySelector('input[type=number]')`, "0.7"))
	run(t, ann, waitJS(block("Temperature")+`.querySelector('input[type=number]').value === "0.7"`))

	// A run started by Bob streams to Ann, labelled with who ran it.
	run(t, ann, void(chromedp.Evaluate[bool](`window.__seen = new Set(); setInterval(() => __seen.add(`+field("Output")+`.value), 15); true`)))
	run(t, bob, chromedp.Click(xpath(`//button[normalize-space()="Generate"]`)))
	final := "a cat at 0.7: once upon a time there was a story"
	var seen []string
	run(t, ann,
		waitJS(field("Output")+`.value === `+fmt.Sprintf("%q", final)),
		waitJS(`document.querySelector('.gr-room-runby')?.textContent === "run by Bob"`),
		eval(`[...__seen]`, &seen),
	)
	partial := 0
	for _, s := range seen {
		if s != "" && s != final && strings.HasPrefix(final, s) {
			partial++
		}
	}
	if partial < 2 {
		t.Errorf("Ann saw %d partial outputs while Bob's run streamed (%q), want several", partial, seen)
	}
	run(t, bob, waitJS(`document.querySelector('.gr-room-runby')?.textContent === "run by Bob (you)"`))

	// A late joiner sees the current state.
	cy, closeCy := member(t, ann)
	run(t, cy, append(named(base, "Cy"), chromedp.Navigate(link), members(3),
		waitJS(field("Prompt")+`.value === "a cat"`),
		waitJS(field("Output")+`.value === `+fmt.Sprintf("%q", final)),
		waitJS(block("Temperature")+`.querySelector('input[type=number]').value === "0.7"`),
		waitJS(`document.querySelector('.gr-room-activity')?.textContent.includes("Bob ran Generate")`),
	)...)

	// The owner makes Bob a viewer: his page turns read-only and the server refuses him.
	run(t, ann, makeViewer("Bob"))
	var status int
	var msg string
	run(t, bob,
		waitJS(field("Prompt")+`.disabled || `+field("Prompt")+`.readOnly`),
		waitJS(`document.evaluate('//button[normalize-space()="Generate"]', document).iterateNext().disabled`),
		eval(`(async () => { const j = JSON.parse(sessionStorage.getItem("gradio-room:" + new URLSearchParams(location.search).get("room")));
			const r = await fetch("gradio_api/room/" + j.room + "/intent", {method: "POST", headers: {"Content-Type": "application/json", "X-Gradio-Room-Token": j.token},
				body: JSON.stringify({kind: "value", component: 1, value: "hacked"})});
			return r.status })()`, &status),
		eval(`(async () => { const j = JSON.parse(sessionStorage.getItem("gradio-room:" + new URLSearchParams(location.search).get("room")));
			const r = await fetch("gradio_api/queue/join", {method: "POST", headers: {"Content-Type": "application/json", "X-Gradio-Room": j.room, "X-Gradio-Room-Token": j.token},
				body: JSON.stringify({data: ["x", 0.5], fn_index: 0, session_hash: "bobs", event_data: null})});
			return (await r.json()).detail })()`, &msg),
	)
	if status != 403 || !strings.Contains(msg, "viewer") {
		t.Errorf("a viewer's edit answered %d, run %q; want 403 and a message about viewers", status, msg)
	}
	run(t, ann, waitJS(field("Prompt")+`.value === "a cat"`))

	// Closing a tab drops its member from presence (2 s in this app).
	closeCy()
	run(t, ann, members(2))
	run(t, bob, members(2))
}

func TestBrowserCollabFiveMembers(t *testing.T) {
	base := collabApp(t)
	owner := browser(t)
	link := invite(t, owner, base, "P0")
	var pages []context.Context
	for i := 1; i < 5; i++ {
		c, cancel := member(t, owner)
		defer cancel()
		run(t, c, append(named(base, fmt.Sprintf("P%d", i)), chromedp.Navigate(link), members(i+1))...)
		pages = append(pages, c)
	}
	run(t, owner, members(5), type_(field("Prompt"), "five"))
	for _, c := range pages {
		run(t, c, members(5), waitJS(field("Prompt")+`.value === "five"`))
	}
	run(t, pages[2], chromedp.Click(xpath(`//button[normalize-space()="Generate"]`)))
	final := "five at 0.5: once upon a time there was a story"
	for _, c := range append(pages, owner) {
		run(t, c, waitJS(field("Output")+`.value === `+fmt.Sprintf("%q", final)),
			waitJS(`document.querySelector('.gr-room-runby')?.textContent.startsWith("run by P3")`))
	}
}

// makeViewer presses "Make viewer" on name's row of the room panel until the panel
// shows name as a viewer. The press is a DOM click: the panel rebuilds itself when the
// room changes (a member joining, a name set), and a mouse press and release that
// fall on either side of a rebuild make no click.
func makeViewer(name string) step {
	return waitJS(fmt.Sprintf(`(() => {
		const li = [...document.querySelectorAll('.gr-room-members li')].find((l) => l.querySelector('.gr-room-member-name')?.textContent === %q);
		if (!li) return false;
		if (li.querySelector('.gr-room-role')?.textContent === "viewer") return true;
		[...li.querySelectorAll('button')].find((b) => b.textContent === "Make viewer")?.click();
		return false;
	})()`, name))
}
