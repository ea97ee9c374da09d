package xlsxread

import (
	"errors"

	"github.com/xuri/excelize/v2"
)

// Decrypt decrypts an encrypted workbook, the whole file in data, with
// password, into the xlsx workbook it holds, to be read as any workbook:
// the pre-checks and both readers see the decrypted zip.
func Decrypt(data []byte, password string) ([]byte, error) {
	plain, err := excelize.Decrypt(data, &excelize.Options{Password: password})
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return nil, ErrWrongPassword
	case err != nil:
		return nil, Damaged(err)
	case !IsZip(plain):
		// A wrong password decrypts to noise, not to a zip (so excelize
		// tells it too).
		return nil, ErrWrongPassword
	}
	return plain, nil
}
