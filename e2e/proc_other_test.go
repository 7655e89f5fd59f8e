//go:build !linux

package e2e

import "os/exec"

// dieWithParent has no portable counterpart; TestMain stops the apps.
func dieWithParent(*exec.Cmd) {}
