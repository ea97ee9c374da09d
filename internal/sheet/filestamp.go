package sheet

import (
	"errors"
	"io/fs"
	"os"
	"time"

	"rosterdesk/internal/i18n"
)

// ErrChangedOnDisk is returned when a file changed on disk since it was
// opened: saving over it would throw away what another program wrote.
var ErrChangedOnDisk error = &i18n.Error{Message: i18n.T("the file was changed by another program since it was opened; save under a new name")}

// FileStamp is what a file looked like on disk. The zero FileStamp is a
// file that did not exist.
type FileStamp struct {
	ModTime time.Time
	Size    int64
}

// StatFile returns the stamp of the file at path; a missing file gives the
// zero stamp and no error.
func StatFile(path string) (FileStamp, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return FileStamp{}, nil
	}
	if err != nil {
		return FileStamp{}, err
	}
	return FileStamp{ModTime: info.ModTime(), Size: info.Size()}, nil
}

// unchangedSince checks that the file at path still has the stamp since.
func unchangedSince(path string, since FileStamp) error {
	now, err := StatFile(path)
	if err != nil {
		return osReason(err)
	}
	if !now.ModTime.Equal(since.ModTime) || now.Size != since.Size {
		return ErrChangedOnDisk
	}
	return nil
}
