package main

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// outputWriter passes writes to standard output and keeps the first that
// fails, so that run can exit 2 when the report did not reach its reader
// (a full disk, a closed pipe, /dev/full) instead of 0 for half a report.
type outputWriter struct {
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	o.err = err
	return n, err
}

// outputReason says why output failed, without the path the system names.
func outputReason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "no space left on device"
	case errors.Is(err, syscall.EPIPE), errors.Is(err, fs.ErrClosed):
		return "the reader went away"
	}
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
