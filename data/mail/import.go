package mail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"interactions/data"
)

// Format is the kind of file an import reads.
type Format uint8

// Formats: Auto tells an mbox from a message by its first line.
const (
	Auto Format = iota
	EML
	Mbox
)

// Group limits: .eml files are written in groups of up to groupMessages
// messages or groupBytes of attachments in one transaction, since one
// commit per message costs a disk sync each. A group that fails is
// written again file by file, so each file stays all or nothing.
const (
	groupMessages = 256
	groupBytes    = 32 << 20
)

// Progress is what an import has done so far.
type Progress struct {
	File      string // the file being read
	FilesDone int
	Files     int // files found, folders expanded
	Messages  int // messages stored or found stored already
}

// FileResult is what an import did with one file.
type FileResult struct {
	Path       string
	Messages   int // messages read
	Imported   int // messages stored
	Duplicates int // messages the store held already
	// Problems are what could not be read in the messages that were
	// imported, each line starting with the message's place in an mbox.
	Problems []string
	// Err is set when nothing of the file was imported.
	Err error
}

// Importer imports .eml files, folders of them and mbox mailboxes into a
// store: each file all or nothing, one transaction per mbox.
type Importer struct {
	Store *data.Store
	// Progress, when set, is told after each file or group of files.
	Progress func(Progress)

	book *Book
	prog Progress
}

// pending is one parsed message waiting for its transaction.
type pending struct {
	file int
	msg  data.NewEmail
	size int
}

// Import reads the files and folders of paths (a folder gives its .eml
// files, subfolders too) as format. It returns one result per file; the
// error is ctx's when the import was cancelled: the files not finished
// then have that error in their results and nothing of them is stored.
func (im *Importer) Import(ctx context.Context, paths []string, format Format) ([]FileResult, error) {
	files, results := expand(paths)
	book, err := NewBook(im.Store)
	if err != nil {
		return nil, err
	}
	im.book = book
	im.prog = Progress{Files: len(files)}
	var group []pending
	groupSize := 0
	flush := func() {
		im.write(ctx, group, results)
		group, groupSize = nil, 0
	}
	for first := 0; first < len(files) && ctx.Err() == nil; {
		last := chunkEnd(files, first)
		prepared := im.prepareAll(files[first:last], results[first:last], format)
		for j, p := range prepared {
			i := first + j
			path := files[i]
			if ctx.Err() != nil {
				break
			}
			im.prog.File = path
			switch {
			case results[i].Err != nil:
				im.done(path)
			case p.mbox:
				flush()
				raw := p.raw
				if raw == nil {
					if raw, results[i].Err = readLimited(path, MaxMboxBytes); results[i].Err != nil {
						im.done(path)
						continue
					}
				}
				im.importMbox(ctx, raw, &results[i])
				im.done(path)
			default:
				results[i].Messages = 1
				group = append(group, pending{file: i, msg: p.msg, size: p.size})
				groupSize += p.size
				if len(group) >= groupMessages || groupSize >= groupBytes {
					flush()
				}
			}
		}
		first = last
	}
	flush()
	if err := ctx.Err(); err != nil {
		for i := range results {
			if results[i].Err == nil && results[i].Imported+results[i].Duplicates == 0 {
				results[i].Err = err
			}
		}
		return results, err
	}
	return results, nil
}

// done counts one more file finished and reports progress.
func (im *Importer) done(path string) {
	im.prog.FilesDone++
	im.prog.File = path
	if im.Progress != nil {
		im.Progress(im.prog)
	}
}

// message parses one message into a new interaction; problems go to r,
// each line prefixed with where (the message's place in an mbox).
func (im *Importer) message(raw []byte, r *FileResult, where string) (data.NewEmail, error) {
	m, err := Parse(raw)
	if err != nil {
		return data.NewEmail{}, err
	}
	n, err := Interaction(im.Store, im.book, m, raw)
	if err != nil {
		return data.NewEmail{}, err
	}
	for _, p := range m.Problems {
		r.Problems = append(r.Problems, where+p)
	}
	return n, nil
}

// write stores a group of .eml files in one transaction; when that fails,
// file by file, so that one bad file keeps no other out.
func (im *Importer) write(ctx context.Context, group []pending, results []FileResult) {
	if len(group) == 0 {
		return
	}
	// Oldest first, so that an answer finds the mail it answers.
	slices.SortStableFunc(group, func(a, b pending) int { return a.msg.Interaction.Date.Compare(b.msg.Interaction.Date) })
	batch := make([]data.NewEmail, len(group))
	for i, p := range group {
		batch[i] = p.msg
	}
	saved, err := im.Store.SaveEmails(ctx, batch, nil)
	if err == nil {
		for i, p := range group {
			im.count(&results[p.file], saved[i])
			im.done(results[p.file].Path)
		}
		return
	}
	for _, p := range group {
		if ctx.Err() != nil {
			return
		}
		saved, err := im.Store.SaveEmails(ctx, []data.NewEmail{p.msg}, nil)
		if err != nil {
			results[p.file].Err = plain(err)
		} else {
			im.count(&results[p.file], saved[0])
		}
		im.done(results[p.file].Path)
	}
}

func (im *Importer) count(r *FileResult, s data.EmailSaved) {
	if s.Existed {
		r.Duplicates++
	} else {
		r.Imported++
	}
	im.prog.Messages++
}

// importMbox stores every message of an mbox in one transaction.
func (im *Importer) importMbox(ctx context.Context, raw []byte, r *FileResult) {
	msgs := SplitMbox(raw)
	if len(msgs) == 0 {
		r.Err = errors.New("no messages: an mbox starts with a \"From \" line")
		return
	}
	r.Messages = len(msgs)
	batch := make([]data.NewEmail, 0, len(msgs))
	for i, m := range msgs {
		if ctx.Err() != nil {
			r.Err = ctx.Err()
			return
		}
		where := fmt.Sprintf("message %d: ", i+1)
		n, err := im.message(m, r, where)
		if err != nil {
			r.Err = fmt.Errorf("message %d: %w", i+1, err)
			r.Problems = nil
			return
		}
		batch = append(batch, n)
	}
	slices.SortStableFunc(batch, func(a, b data.NewEmail) int { return a.Interaction.Date.Compare(b.Interaction.Date) })
	base := im.prog.Messages
	saved, err := im.Store.SaveEmails(ctx, batch, func(done int) {
		if im.Progress != nil && done%100 == 0 {
			p := im.prog
			p.Messages = base + done
			im.Progress(p)
		}
	})
	if err != nil {
		r.Err, r.Problems = plain(err), nil
		return
	}
	for _, s := range saved {
		im.count(r, s)
	}
}

// plain drops the package prefix of a store error for a report line; the
// error is still there for errors.Is and errors.As.
func plain(err error) error {
	return &storeError{msg: strings.TrimPrefix(err.Error(), "data: save e-mails: "), err: err}
}

type storeError struct {
	msg string
	err error
}

func (e *storeError) Error() string { return e.msg }
func (e *storeError) Unwrap() error { return e.err }

// readLimited reads a file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathless(err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, pathless(err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, limit>>20)
	}
	return raw, nil
}

// pathless drops the path an *fs.PathError repeats: reports name the file.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// expand lists the files of paths, each folder replaced by its .eml files
// (subfolders too) in name order, with a result for each; a path that
// cannot be read gets its error.
func expand(paths []string) ([]string, []FileResult) {
	var files []string
	var results []FileResult
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			files = append(files, p)
			results = append(results, FileResult{Path: p, Err: pathlessOrNil(err)})
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".eml") {
				found = append(found, path)
			}
			return nil
		})
		slices.Sort(found)
		if walkErr != nil || len(found) == 0 {
			files = append(files, p)
			results = append(results, FileResult{Path: p, Err: errors.New("the folder holds no .eml files")})
			continue
		}
		for _, f := range found {
			files = append(files, f)
			results = append(results, FileResult{Path: f})
		}
	}
	return files, results
}

func pathlessOrNil(err error) error {
	if err == nil {
		return nil
	}
	return pathless(err)
}
