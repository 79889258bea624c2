package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"

	"interactions/data"
)

// runSettings prints the settings, or with "set NAME VALUE" changes one.
func runSettings(e *env, args []string) error {
	fs := newFlagSet("settings")
	fs.Var(dbFlag{e}, "db", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError(fs.Name(), err)
	}
	rest := fs.Args()
	switch {
	case len(rest) == 0:
		return printSettings(e)
	case rest[0] == "set" && len(rest) == 3:
		return setSetting(e, rest[1], rest[2])
	case rest[0] == "set":
		return usageErrorf("settings set needs a name and a value: settings set NAME VALUE (see interactions help settings)")
	}
	return usageErrorf("unknown settings command %q (want no argument, or set NAME VALUE)", rest[0])
}

// printSettings prints every setting, a line each: name, value and, for
// the current user, the employee's name.
func printSettings(e *env) error {
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	set := s.Settings()
	t := newTable(e.stdout, "Setting", "Value")
	for _, name := range data.SettingNames() {
		v, _ := set.Value(name)
		if name == data.SettingCurrentUser {
			v = "(none)"
			if set.CurrentUser != 0 {
				v = s.Name(data.Ref{Kind: data.RefEmployee, ID: set.CurrentUser})
			}
		}
		t.add(name, v)
	}
	return t.flush()
}

// setSetting changes one setting: the value is validated, the current
// user found among the employees by name (or id), and the settings saved
// only when all of that holds.
func setSetting(e *env, name, value string) error {
	s, err := openForWriting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	set := s.Settings()
	if _, known := set.Value(name); !known {
		return usageErrorf("%q is not a setting; the settings are: %s", name, settingList())
	}
	if name == data.SettingCurrentUser && value != "" {
		if _, err := strconv.ParseUint(value, 10, 64); err != nil {
			id, err := resolveEmployee(s, value)
			if err != nil {
				return err
			}
			value = strconv.FormatUint(uint64(id), 10)
		}
	}
	if err := set.Set(name, value); err != nil {
		return settingError(name, err)
	}
	if err := set.Validate(); err != nil {
		return settingError(name, err)
	}
	if err := s.SaveSettings(set); err != nil {
		if _, ok := data.AsFieldError(err); ok {
			return settingError(name, err)
		}
		return storeError(e.dbPath, err)
	}
	v, _ := set.Value(name)
	if name == data.SettingCurrentUser && set.CurrentUser != 0 {
		v = s.Name(data.Ref{Kind: data.RefEmployee, ID: set.CurrentUser})
	}
	fmt.Fprintf(e.stdout, "%s = %s\n", name, v)
	return nil
}

// settingError is the one line of a value the setting cannot take.
func settingError(name string, err error) error {
	if fe, ok := data.AsFieldError(err); ok {
		return usageErrorf("settings set %s: %s", name, fe.Code.English(fe.Args))
	}
	return usageErrorf("settings set %s: %v", name, err)
}

// resolveEmployee finds the employee a value of current-user names.
func resolveEmployee(s *data.Store, name string) (data.ID, error) {
	emps, err := s.Employees()
	if err != nil {
		return 0, storeError(s.Path(), err)
	}
	cands := make([]candidate, len(emps))
	for i, e := range emps {
		cands[i] = candidate{data.Ref{Kind: data.RefEmployee, ID: e.ID}, e.Name, e.Name}
	}
	ref, err := resolveName("current-user", "employee", name, cands)
	return ref.ID, err
}

// settingList is the names of the settings, comma separated.
func settingList() string {
	out := ""
	for i, n := range data.SettingNames() {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}
