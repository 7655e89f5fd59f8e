package e2e

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes an app process end when the test binary does, even when a test
// timeout kills the binary before TestMain can stop the apps.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
