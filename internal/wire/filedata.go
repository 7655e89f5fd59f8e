package wire

// FileDataType is the meta marker that makes clients (and us) treat an object as a file.
const FileDataType = "gradio.FileData"

// FileData is a file as it travels on the wire.
type FileData struct {
	Path     string   `json:"path"`
	URL      *string  `json:"url"`
	Size     *int64   `json:"size"`
	OrigName *string  `json:"orig_name"`
	MimeType *string  `json:"mime_type"`
	IsStream bool     `json:"is_stream"`
	Meta     FileMeta `json:"meta"`
}

// FileMeta is FileData.meta.
type FileMeta struct {
	Type string `json:"_type"`
}
