package data

// renameContact writes the new name of the partner or contact person r
// into every interaction that names it under its old name (the marked
// ones too), so that the list, the preview and the search show the new
// name at once. It runs before the record itself is stored.
func (w *writer) renameContact(r Ref, name string) error {
	old, err := w.refName(r)
	if err != nil || old == name {
		return nil // a new record, or no change of name
	}
	ids, err := w.contactIDs(r)
	if err != nil {
		return err
	}
	for _, id := range ids {
		it, err := w.get(id)
		if err != nil {
			return err
		}
		cp, _ := w.get(id)
		changed := false
		rename := func(c *Contact) {
			if c.Ref == r && c.Name == old {
				c.Name, changed = name, true
			}
		}
		for i := range cp.Contacts {
			rename(&cp.Contacts[i])
		}
		if cp.Call != nil {
			rename(&cp.Call.Contact)
		}
		if cp.SMS != nil {
			for i := range cp.SMS.Recipients {
				rename(&cp.SMS.Recipients[i].Contact)
			}
		}
		if !changed {
			continue
		}
		if err := w.put(it, cp); err != nil {
			return err
		}
	}
	return nil
}
