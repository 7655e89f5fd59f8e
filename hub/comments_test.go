package hub_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/gradio-go/gradio"
	"github.com/gradio-go/gradio/hub"
)

func TestCommentsLikesAndModeration(t *testing.T) {
	h := newHub(t, hub.Config{})
	alice := h.signup("alice")
	bob := h.signup("bob")
	h.publish(h.token("alice"), "hello", gradio.Share{})
	h.waitOnline(alice, "/alice/hello")
	anon := h.browser()

	// Markdown renders; script and event handlers do not survive.
	body := "**Nice** model. <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>"
	if code, page := h.post(bob, "/-/apps/alice/hello/comment", url.Values{"body": {body}}); code != 200 || !strings.Contains(page, "<strong>Nice</strong>") {
		t.Fatalf("comment: %d\n%s", code, page)
	}
	_, page := h.get(anon, "/alice/hello")
	for _, bad := range []string{"<script>alert", "javascript:", "onerror"} {
		if strings.Contains(page, bad) {
			t.Errorf("the rendered comment holds %q", bad)
		}
	}
	id := regexp.MustCompile(`id="c(\d+)"`).FindStringSubmatch(page)
	if id == nil {
		t.Fatal("no comment on the page")
	}
	if !strings.Contains(page, "Log in</a> to comment") {
		t.Error("an anonymous reader is not invited to log in to comment")
	}

	// A reply sits under its comment; an attached result shows.
	attachment := `{"inputs":["Ada"],"outputs":["Hello, Ada!"]}`
	h.post(alice, "/-/apps/alice/hello/comment", url.Values{"body": {"Thanks!"}, "parent": {id[1]}, "attachment": {attachment}})
	_, page = h.get(anon, "/alice/hello")
	if !strings.Contains(page, `class="comment reply"`) || !strings.Contains(page, "Attached result") || !strings.Contains(page, "Hello, Ada!") {
		t.Errorf("reply with an attachment:\n%s", page)
	}
	if code, _ := h.post(alice, "/-/apps/alice/hello/comment", url.Values{"body": {"x"}, "attachment": {"{not json"}}); code != http.StatusBadRequest {
		t.Errorf("a bad attachment: %d", code)
	}
	if code, _ := h.post(alice, "/-/apps/alice/hello/comment", url.Values{"body": {"   "}}); code != http.StatusBadRequest {
		t.Errorf("an empty comment: %d", code)
	}

	// Only the author edits and deletes; only the owner hides.
	if code, _ := h.post(alice, "/-/comments/"+id[1]+"/edit", url.Values{"body": {"hijacked"}}); code != http.StatusNotFound {
		t.Errorf("editing someone else's comment: %d", code)
	}
	h.post(bob, "/-/comments/"+id[1]+"/edit", url.Values{"body": {"*Edited* text"}})
	if _, page = h.get(anon, "/alice/hello"); !strings.Contains(page, "<em>Edited</em> text") || !strings.Contains(page, "edited") {
		t.Error("the edit does not show")
	}
	if code, _ := h.post(bob, "/-/comments/"+id[1]+"/hide", nil); code != http.StatusNotFound {
		t.Errorf("a non-owner hiding: %d", code)
	}
	h.post(alice, "/-/comments/"+id[1]+"/hide", nil)
	if _, page = h.get(anon, "/alice/hello"); strings.Contains(page, "Edited") || !strings.Contains(page, "hidden by the app's owner") {
		t.Errorf("a hidden comment shows to others:\n%s", page)
	}
	if _, page = h.get(bob, "/alice/hello"); !strings.Contains(page, "Edited") {
		t.Error("the author no longer sees their hidden comment")
	}
	h.post(bob, "/-/comments/"+id[1]+"/delete", nil)
	if _, page = h.get(anon, "/alice/hello"); !strings.Contains(page, "This comment was deleted") || !strings.Contains(page, "Thanks!") {
		t.Error("a deleted comment should leave its place and keep its replies")
	}

	// Locked comments refuse others but not the owner.
	h.post(alice, "/-/apps/alice/hello/lock", nil)
	if code, _ := h.post(bob, "/-/apps/alice/hello/comment", url.Values{"body": {"more"}}); code != http.StatusForbidden {
		t.Errorf("commenting when locked: %d", code)
	}
	if code, _ := h.post(alice, "/-/apps/alice/hello/comment", url.Values{"body": {"owner note"}}); code != 200 {
		t.Errorf("the owner commenting when locked: %d", code)
	}

	// Likes count once per person.
	h.post(bob, "/-/apps/alice/hello/like", nil)
	h.post(bob, "/-/apps/alice/hello/like", nil)
	h.post(alice, "/-/apps/alice/hello/like", nil)
	if _, page = h.get(anon, "/alice/hello"); !strings.Contains(page, "♥ 2") {
		t.Error("two people liking should show 2 likes")
	}
	h.post(alice, "/-/apps/alice/hello/unlike", nil)
	if _, page = h.get(anon, "/"); !strings.Contains(page, "♥ 1") {
		t.Error("the directory should show 1 like after an unlike")
	}

	// Deleting the app takes its page, comments and all.
	if code, _ := h.post(alice, "/-/apps/alice/hello/delete", url.Values{"confirm": {"wrong"}}); code != http.StatusBadRequest {
		t.Errorf("delete without confirmation: %d", code)
	}
	h.post(alice, "/-/apps/alice/hello/delete", url.Values{"confirm": {"hello"}})
	if code, _ := h.get(anon, "/alice/hello"); code != http.StatusNotFound {
		t.Errorf("a deleted app's page: %d", code)
	}
}
