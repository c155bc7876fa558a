package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// openFunc opens a file for reading with extra open flags: os.OpenFile on
// a path the user named, or (*os.Root).OpenFile inside a folder, which
// refuses any path or symlink that leaves the folder.
type openFunc func(flag int) (*os.File, error)

// readGuarded reads a profile file safely. info is what Stat said about it
// before opening: anything but a regular file (a FIFO, a device, a socket)
// is refused without being opened, and so is a file over max bytes. The
// file is then opened non-blocking and checked again through the open
// descriptor, so a file swapped for a FIFO in between cannot make vitae
// hang, and at most max+1 bytes are ever read.
func readGuarded(info fs.FileInfo, open openFunc, max int64) ([]byte, string) {
	if msg := refuseMode(info.Mode()); msg != "" {
		return nil, msg
	}
	if info.Size() > max {
		return nil, tooBig(info.Size(), max)
	}
	f, err := open(os.O_RDONLY | syscall.O_NONBLOCK)
	if err != nil {
		return nil, openError(err)
	}
	defer f.Close()
	now, err := f.Stat()
	if err != nil {
		return nil, openError(err)
	}
	if msg := refuseMode(now.Mode()); msg != "" {
		return nil, msg
	}
	if !os.SameFile(info, now) {
		return nil, "the file changed while it was being opened — try again"
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, openError(err)
	}
	if int64(len(b)) > max {
		return nil, tooBig(int64(len(b)), max)
	}
	return b, ""
}

// refuseMode says why a file of this mode is not read, or "".
func refuseMode(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "is a folder"
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a file — refused; vitae reads only regular files"
	case m&fs.ModeSocket != 0:
		return "is a socket, not a file — refused; vitae reads only regular files"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "is a device, not a file — refused; vitae reads only regular files"
	case m&fs.ModeSymlink != 0:
		return "is a symbolic link that could not be followed — refused"
	}
	return fmt.Sprintf("is not a regular file (%s) — refused", m.Type())
}

// openError words an error from opening or reading a file.
func openError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied — check the file's permissions"
	}
	return "cannot read: " + err.Error()
}
