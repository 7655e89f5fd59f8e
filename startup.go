package gradio

import "errors"

// attacher is implemented by components that take part in building their app: they
// check themselves against the app, may bring listeners of their own, and may register
// work on the app's startup list, which Build runs once the app's file cache exists.
type attacher interface{ attach(bd *builder) []*Event }

// runStartup runs the startup work in order and reports every failure, so that a bad
// example is an error from Build rather than from a user's click.
func (a *App) runStartup() error {
	ctx := withApp(a.ctx, a)
	var errs []error
	for _, fn := range a.startup {
		err := fn(ctx)
		var be *buildError
		switch {
		case err == nil:
		case errors.As(err, &be):
			errs = append(errs, be.errs...)
		default:
			errs = append(errs, err)
		}
	}
	a.startup = nil
	return joinErrs(errs)
}
