// Package xlsxread reads the cells of an xlsx workbook's sheets, fast
// path and excelize fallback, after a zip pre-check: one workbook opened
// once, one rows iterator (Rows) that both readers implement, and the
// errors that say why a file cannot be read (FileError) and the limits
// that refuse a file shaped like no roster.
package xlsxread
