package gradio

import "context"

type appKey struct{}

// withApp gives components' Preprocess and Postprocess access to the app's services,
// such as its file cache.
func withApp(ctx context.Context, a *App) context.Context {
	return context.WithValue(ctx, appKey{}, a)
}

func appFrom(ctx context.Context) *App {
	a, _ := ctx.Value(appKey{}).(*App)
	return a
}
