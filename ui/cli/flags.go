package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
)

// parseFlags parses a command's flags and rejects positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError(fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usageErrorf("%s: unexpected argument %s (see interactions %s --help)", fs.Name(), quoted(fs.Arg(0)), fs.Name())
	}
	return nil
}

// intFlag defines an integer flag within [lo, hi]; set reports whether
// the flag was given.
func intFlag(fs *flag.FlagSet, name string, def, lo, hi int64, set *bool) *int64 {
	v := def
	fs.Func(name, "", func(s string) error {
		n, err := strconv.ParseInt(strings.TrimSpace(strings.ReplaceAll(s, "_", "")), 10, 64)
		if err != nil {
			return fmt.Errorf("not a whole number")
		}
		if n < lo || n > hi {
			return fmt.Errorf("must be from %d to %d", lo, hi)
		}
		v = n
		if set != nil {
			*set = true
		}
		return nil
	})
	return &v
}

// choiceFlag defines a flag whose value is one of choices.
func choiceFlag(fs *flag.FlagSet, name, def string, choices ...string) *string {
	v := def
	fs.Func(name, "", func(s string) error {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, c := range choices {
			if s == c {
				v = s
				return nil
			}
		}
		return fmt.Errorf("want %s", orList(choices))
	})
	return &v
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
