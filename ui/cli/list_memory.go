package cli

import "runtime/debug"

// listMemoryLimit is the Go heap `list` may reach before the collector
// runs. A listing is one short process: the default collector runs each
// time the heap doubles (at 4, 8, 16, 32 MB …), and marking the names and
// chain topics it has read takes a fifth of the CPU of "to review by
// subject" at a million interactions. With the collector off up to this
// limit, a listing whose heap stays below it never collects; a longer one
// collects as the limit nears, so its memory stays bounded all the same.
// Listing every row of a million interactions takes 214 MB of memory in
// all, the file's pages included, without a collection; the limit leaves
// room for files some times that size before the collector runs often.
const listMemoryLimit = 512 << 20

// collectOnlyNearLimit turns the proportional collector off and sets the
// soft limit until the returned func restores both. A listing calls it
// once its store is open: the upgrade or rebuild an open may run holds
// more than the limit live (~560 MB at a million) and would have the
// collector run without pause near it.
func collectOnlyNearLimit() (restore func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(listMemoryLimit)
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	}
}
