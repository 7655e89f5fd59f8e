module github.com/gradio-go/gradio

go 1.26.8
