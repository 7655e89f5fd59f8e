// "Share this result": asks the framed app (on the hub's origin or its own) for its last run's inputs
// and outputs and attaches them to a new comment. Everything else on the hub works
// without JavaScript.
(() => {
  const button = document.getElementById("share-result");
  const frame = document.querySelector("iframe.app-frame");
  const form = document.querySelector("form.new-comment");
  if (!button || !frame || !form) return;
  const field = form.querySelector("input[name=attachment]");
  const preview = form.querySelector(".attachment-preview");
  const note = document.getElementById("share-result-note");
  const appOrigin = new URL(frame.src, location.href).origin;
  button.hidden = false;
  button.addEventListener("click", () => {
    note.textContent = "";
    frame.contentWindow.postMessage({ type: "gradio:snapshot-request" }, appOrigin);
  });
  window.addEventListener("message", (ev) => {
    if (ev.source !== frame.contentWindow || ev.origin !== appOrigin || ev.data?.type !== "gradio:snapshot") return;
    const snap = ev.data.snapshot;
    if (!snap) {
      note.textContent = "Run the app first: there is no result to share yet.";
      return;
    }
    field.value = JSON.stringify(snap);
    preview.textContent = JSON.stringify(snap, null, 2);
    preview.hidden = false;
    const body = form.querySelector("textarea");
    body.focus();
    body.scrollIntoView({ block: "center" });
  });
})();
