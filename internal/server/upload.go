package server

import (
	"errors"
	"net/http"

	"github.com/gradio-go/gradio/internal/files"
	"github.com/gradio-go/gradio/internal/wire"
)

// upload answers POST /gradio_api/upload[?upload_id=<id>] with the cached paths, in part
// order. With an upload_id, the cache counts the bytes for /upload_progress as they arrive.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	paths, err := s.o.Files.SaveUpload(r)
	if err != nil {
		var fe *files.Error
		if errors.As(err, &fe) {
			if fe.Status == http.StatusRequestEntityTooLarge {
				http.Error(w, fe.Message, fe.Status)
				return
			}
			writeDetail(w, fe.Status, fe.Message)
			return
		}
		s.o.Logger.Error("gradio: upload failed", "error", err)
		writeDetail(w, http.StatusInternalServerError, "Upload failed.")
		return
	}
	writeJSON(w, http.StatusOK, paths)
}

// uploadProgress answers GET /gradio_api/upload_progress?upload_id=<id> as Gradio does: an
// event stream of {"msg": "update", "orig_name": …, "chunk_size": …} frames (at most one per
// 50 ms), {"msg": "heartbeat"} when idle, and {"msg": "done"} before it ends; or 404 text
// "Upload not found" if no upload with that id arrives within three seconds.
func (s *Server) uploadProgress(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("upload_id")
	if raw == "" {
		writeDetail(w, http.StatusBadRequest, "Query parameter upload_id is required.")
		return
	}
	var watch *files.Watcher
	if id, ok := files.ParseUploadID(raw); ok {
		watch = s.o.Files.Progress().Watch(r.Context(), id, files.ProgressWait)
	}
	if watch == nil {
		// Starlette's PlainTextResponse, byte for byte.
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Content-Length", "16")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte("Upload not found"))
		return
	}
	out := startSSE(w)
	defer out.done()
	if out.rc.Flush() != nil { // headers now, so the browser's EventSource opens
		return
	}
	for {
		ev, err := watch.Next(r.Context(), s.o.Heartbeat)
		if err != nil {
			return // the client went away
		}
		b, err := wire.PyJSON(ev)
		if err != nil {
			return
		}
		out.raw(b)
		if out.flush() != nil || ev.Msg == files.ProgressDone {
			return
		}
	}
}
