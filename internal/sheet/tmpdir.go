package sheet

import (
	"os"

	"github.com/xuri/excelize/v2"
)

// excelize writes parts of a large workbook to temporary files while it
// reads or writes it (a big sheet, the shared strings, a stream writer's
// overflow): personal data. They go to a folder of their own that only
// the user may open, removed as soon as the workbook is closed, never
// loose in the shared temporary folder.

// privateTemp makes that folder (mode 0700) and returns opts with TmpDir
// set to it, and the function that removes it and everything in it.
func privateTemp(opts excelize.Options) (excelize.Options, func(), error) {
	dir, err := os.MkdirTemp("", "rosterdesk-")
	if err != nil {
		return opts, func() {}, err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		os.RemoveAll(dir)
		return opts, func() {}, err
	}
	opts.TmpDir = dir
	return opts, func() { os.RemoveAll(dir) }, nil
}
