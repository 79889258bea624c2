package catalogs

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// purgeText says what a purge removes and what it keeps, and why.
func purgeText(all []data.Marked) string {
	var gone, kept []string
	for _, m := range all {
		if len(m.Holders) == 0 {
			gone = append(gone, "• "+markedName(m))
			continue
		}
		var why []string
		for _, h := range m.Holders {
			why = append(why, holderText(h))
		}
		kept = append(kept, lang.X("purge.kept", "• {{.Name}} — used by {{.Why}}",
			map[string]any{"Name": markedName(m), "Why": strings.Join(why, ", ")}))
	}
	var b strings.Builder
	if len(all) == 0 {
		return lang.X("purge.none", "Nothing is marked for deletion.")
	}
	if len(gone) > 0 {
		b.WriteString(lang.X("purge.gone", "These will be deleted:") + "\n" + strings.Join(gone, "\n") + "\n\n")
	}
	if len(kept) > 0 {
		b.WriteString(lang.X("purge.held", "These stay, as records that stay refer to them:") + "\n" + strings.Join(kept, "\n"))
	}
	return strings.TrimSpace(b.String())
}

// markedName names a marked record with its kind.
func markedName(m data.Marked) string {
	var kind string
	switch {
	case m.Ref.IsRole():
		kind = lang.X("screen.role", "Contact person role")
	case m.Ref.IsAttr():
		kind = lang.X("screen.attribute", "Additional attribute")
	default:
		kind = refKindTitle(m.Ref.Kind)
	}
	return kind + " " + m.Name
}

// refKindTitle names a kind of catalog record.
func refKindTitle(k data.RefKind) string {
	switch k {
	case data.RefEmployee:
		return lang.X("screen.employee", "Employee")
	case data.RefPartner:
		return lang.X("catalog.field.partner", "Partner")
	case data.RefPerson:
		return lang.X("screen.person", "Contact person")
	case data.RefDeal:
		return lang.X("subject.deal", "Deal")
	case data.RefClaim:
		return lang.X("subject.claim", "Claim")
	case data.RefEvent:
		return lang.X("subject.event", "Marketing event")
	case data.RefOrder:
		return lang.X("subject.order", "Customer order")
	}
	return k.String()
}

// holderText says what holds a record: "interactions: 3 (12 Call, …)",
// "contact persons marked for deletion: 1 (Petrov)".
func holderText(h data.Holder) string {
	n := map[string]any{"N": format.Count(h.Count)}
	if h.Marked {
		n["N"] = lang.X("purge.by.marked", "{{.N}} marked for deletion", n)
	}
	var text string
	switch h.Kind {
	case "interaction":
		text = lang.X("purge.by.interactions", "interactions: {{.N}}", n)
	case "authored":
		text = lang.X("purge.by.authored", "interactions it is the author of: {{.N}}", n)
	case "person":
		text = lang.X("purge.by.persons", "contact persons: {{.N}}", n)
	case "partner":
		text = lang.X("purge.by.partners", "partners: {{.N}}", n)
	case "deal":
		text = lang.X("purge.by.deals", "deals: {{.N}}", n)
	case "claim":
		text = lang.X("purge.by.claims", "claims: {{.N}}", n)
	case "order":
		text = lang.X("purge.by.orders", "customer orders: {{.N}}", n)
	case "currentUser":
		return lang.X("purge.by.currentUser", "the current user in the settings")
	default:
		text = h.Kind
	}
	if len(h.Names) > 0 {
		names := make([]string, len(h.Names))
		for i, name := range h.Names {
			names[i] = "«" + strings.TrimSpace(name) + "»"
		}
		if h.Count > len(h.Names) {
			names = append(names, "…")
		}
		text += " (" + strings.Join(names, ", ") + ")"
	}
	return text
}

// purgeDialog is the open purge dialog, for the tests.
var purgeDialog struct {
	Text   *widget.Label
	Delete *widget.Button
}

// showPurge lists what a purge of the marked records removes and keeps,
// and purges on the user's word.
func showPurge(d Deps) {
	st := d.Store
	var all []data.Marked
	loadThen(d, func() (err error) { all, err = st.MarkedRecords(); return }, func() {
		text := widget.NewLabel(purgeText(all))
		text.Wrapping = fyne.TextWrapWord
		var dlg *dialog.CustomDialog
		cancel, del := widgets.DialogButtons(lang.X("purge.delete", "Delete"), func() {
			dlg.Hide()
			run(d, func() error { _, _, err := st.PurgeMarked(); return err }, func(err error) {
				if err != nil {
					widgets.ShowLoadError(d.Win, err)
					return
				}
				d.Sess.Notify(session.Purged)
			})
		})
		del.Importance = widget.DangerImportance
		if purgeText(all) == lang.X("purge.none", "Nothing is marked for deletion.") || !anyFree(all) {
			del.Disable()
		}
		dlg = dialog.NewCustomWithoutButtons(lang.X("catalog.purge", "Delete marked…"), container.NewVScroll(text), d.Win)
		dlg.SetButtons([]fyne.CanvasObject{cancel, del})
		cancel.OnTapped = dlg.Hide
		dlg.Resize(fyne.NewSize(560, 420))
		purgeDialog.Text, purgeDialog.Delete = text, del
		dlg.Show()
	})
}

func anyFree(all []data.Marked) bool {
	for _, m := range all {
		if len(m.Holders) == 0 {
			return true
		}
	}
	return false
}
