package mail

import (
	"bytes"
)

// SplitMbox splits an mbox mailbox into its messages. A message starts
// at a "From " line at the start of the file or after an empty line, and
// followed by a header field (an unquoted "From " line in a body is not);
// the "From " line itself is dropped, and a quoted ">From " line (mboxrd
// and mboxo quoting) loses one ">". Text before the first "From " line is
// not a message and is left out.
func SplitMbox(raw []byte) [][]byte {
	var out [][]byte
	var cur []byte
	inMsg, prevBlank := false, true
	flush := func() {
		if inMsg {
			out = append(out, bytes.TrimSuffix(cur, []byte("\n")))
		}
		cur = nil
	}
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i+1], raw[i+1:]
		} else {
			raw = nil
		}
		if prevBlank && bytes.HasPrefix(line, []byte("From ")) && startsWithField(raw) {
			flush()
			inMsg, prevBlank = true, false
			continue
		}
		prevBlank = len(bytes.TrimRight(line, "\r\n")) == 0
		if !inMsg {
			continue
		}
		if q := bytes.TrimLeft(line, ">"); len(q) < len(line) && bytes.HasPrefix(q, []byte("From ")) {
			line = line[1:]
		}
		cur = append(cur, line...)
	}
	flush()
	return out
}

// startsWithField reports whether rest starts with a header field line.
func startsWithField(rest []byte) bool {
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return isFieldLine(bytes.TrimRight(rest, "\r"))
}

// IsMbox reports whether raw starts like an mbox mailbox.
func IsMbox(raw []byte) bool { return bytes.HasPrefix(raw, []byte("From ")) }
