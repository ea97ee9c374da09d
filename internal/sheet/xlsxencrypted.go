package sheet

import (
	"bytes"
	"errors"

	"github.com/xuri/excelize/v2"
)

// readEncrypted opens an encrypted workbook, the whole file in data, with
// password, and reads it as any workbook: the pre-checks and both readers
// see the decrypted zip.
func readEncrypted(data []byte, password, path string, maps []ColumnMap) (*Import, error) {
	plain, err := excelize.Decrypt(data, &excelize.Options{Password: password})
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return nil, fileError(path, ErrWrongPassword)
	case err != nil:
		return nil, fileError(path, damaged(err))
	case !bytes.HasPrefix(plain, zipMagic):
		// A wrong password decrypts to noise, not to a zip (so excelize
		// tells it too).
		return nil, fileError(path, ErrWrongPassword)
	}
	return readXLSXMapped(bytes.NewReader(plain), int64(len(plain)), path, true, maps)
}
