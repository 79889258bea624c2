package editor

import (
	"fmt"
	"io"
	"mime"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/widgets"
)

// AttachmentList is the attachments of an e-mail: each can be opened and
// saved out under a safe file name; files are added from the disk. The
// bytes of a new attachment are stored when the e-mail is saved.
type AttachmentList struct {
	Items   []data.Attachment
	Add     *widget.Button
	Content *fyne.Container
	box     *fyne.Container
	pending map[int][]byte // the bytes of new attachments, by index in Items
	e       *Editor
}

func newAttachmentList(e *Editor) *AttachmentList {
	l := &AttachmentList{e: e, box: container.NewVBox(), pending: map[int][]byte{}}
	l.Add = widget.NewButtonWithIcon(lang.X("editor.attachments.add", "Attach a file…"), theme.FileIcon(), l.choose)
	l.Content = container.NewVBox(l.box, container.NewHBox(l.Add))
	return l
}

// set shows the attachments read.
func (l *AttachmentList) set(as []data.Attachment) {
	l.Items = append([]data.Attachment(nil), as...)
	l.pending = map[int][]byte{}
	l.show()
}

// show draws a row for each attachment.
func (l *AttachmentList) show() {
	l.box.RemoveAll()
	for i, a := range l.Items {
		name := widget.NewLabel(a.Name + "  (" + format.Size(a.Size) + ")")
		name.Truncation = fyne.TextTruncateEllipsis
		open := widget.NewButtonWithIcon("", theme.FileApplicationIcon(), func() { l.open(i) })
		save := widget.NewButtonWithIcon("", theme.DownloadIcon(), func() { l.saveOut(i) })
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.Remove(i) })
		if a.Blob == 0 && l.pending[i] == nil {
			open.Disable() // an attachment whose bytes were never kept (an import's list)
			save.Disable()
		}
		l.box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(open, save, remove), name))
	}
	l.box.Refresh()
}

// AddFile attaches a file of the given name and bytes.
func (l *AttachmentList) AddFile(name string, b []byte) {
	ct := mime.TypeByExtension(filepath.Ext(name))
	l.Items = append(l.Items, data.Attachment{Name: filepath.Base(name), ContentType: ct, Size: int64(len(b))})
	l.pending[len(l.Items)-1] = b
	l.show()
}

// Remove takes attachment i out.
func (l *AttachmentList) Remove(i int) {
	if i < 0 || i >= len(l.Items) {
		return
	}
	l.Items = append(l.Items[:i], l.Items[i+1:]...)
	moved := map[int][]byte{}
	for k, v := range l.pending {
		switch {
		case k < i:
			moved[k] = v
		case k > i:
			moved[k-1] = v
		}
	}
	l.pending = moved
	l.show()
}

// Bytes returns the bytes of attachment i; it reads the store, so call it
// off the UI goroutine.
func (l *AttachmentList) Bytes(i int) ([]byte, error) {
	if b, ok := l.pending[i]; ok {
		return b, nil
	}
	return l.e.m.store.Blob(l.Items[i].Blob)
}

// choose opens the file dialog and attaches the file chosen.
func (l *AttachmentList) choose() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		b, err := io.ReadAll(r)
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s", lang.X("editor.attachments.readFailed", "Could not read the file: {{.Error}}", map[string]any{"Error": err.Error()})), l.e.Win)
			return
		}
		l.AddFile(r.URI().Name(), b)
	}, l.e.Win)
	d.Show()
}

// open writes attachment i to a temporary file under its safe name and
// opens it with the system's program for it.
func (l *AttachmentList) open(i int) {
	name := data.SafeFileName(l.Items[i].Name)
	go func() {
		b, err := l.Bytes(i)
		var path string
		if err == nil {
			dir := filepath.Join(os.TempDir(), "interactions-attachments")
			if err = os.MkdirAll(dir, 0o700); err == nil {
				path = filepath.Join(dir, name)
				err = os.WriteFile(path, b, 0o600)
			}
		}
		background.Do(func() {
			if err != nil {
				widgets.ShowLoadError(l.e.Win, err)
				return
			}
			fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)})
		})
	}()
}

// saveOut asks where to save attachment i, offering its safe name.
func (l *AttachmentList) saveOut(i int) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		go func() {
			b, err := l.Bytes(i)
			if err == nil {
				_, err = w.Write(b)
			}
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			background.Do(func() {
				if err != nil {
					widgets.ShowLoadError(l.e.Win, err)
				}
			})
		}()
	}, l.e.Win)
	d.SetFileName(data.SafeFileName(l.Items[i].Name))
	d.Show()
}

// attachments returns the list as it will be saved; new ones get their
// blob when the editor stores their bytes.
func (l *AttachmentList) attachments() []data.Attachment {
	return append([]data.Attachment(nil), l.Items...)
}

// storePending stores the bytes of new attachments and sets their blob
// ids in as; it runs off the UI goroutine, before the save, and returns
// the ids it stored, for a refused save to drop.
func (l *AttachmentList) storePending(pending map[int][]byte, as []data.Attachment) ([]data.ID, error) {
	var stored []data.ID
	for i, b := range pending {
		if i >= len(as) || as[i].Blob != 0 {
			continue
		}
		id, err := l.e.m.store.SaveBlob(b)
		if err != nil {
			return stored, err
		}
		as[i].Blob = id
		stored = append(stored, id)
	}
	return stored, nil
}

func (l *AttachmentList) state() string {
	var b strings.Builder
	for _, a := range l.Items {
		fmt.Fprintf(&b, "%s|%d;", a.Name, a.Size)
	}
	return b.String()
}
