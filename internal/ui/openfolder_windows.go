package ui

import (
	"os/exec"
	"syscall"
)

// On Windows the folder is given to Explorer as a plain path. Explorer
// exits with 1 even when it opened the folder, so only a failure to start
// it is an error.
func init() {
	openFolderNative = func(dir string) error {
		cmd := exec.Command("explorer.exe", dir)
		cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true}
		if err := cmd.Start(); err != nil {
			return err
		}
		go cmd.Wait() //nolint:errcheck // the exit code of Explorer means nothing
		return nil
	}
}
