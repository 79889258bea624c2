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
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Merger is the open merge of two duplicates, for the tests: the two
// pickers, one choice for each field that differs, and the command.
type Merger struct {
	First, Second *widgets.RefField
	Fields        map[string]*widget.RadioGroup // by field name; the first option is the survivor's value
	Merge         *widget.Button
	Dialog        *dialog.CustomDialog
	box           *fyne.Container
	General       *widget.Label
	Done          bool // the merge succeeded
}

// lastMerger is the merge opened last, for the tests.
var lastMerger *Merger

// mergeField is one field of the side-by-side view: its label and each
// record's value as shown.
type mergeField struct {
	name, label string
	a, b        string
}

// openMerger shows the merge dialog: choose two records (the first is the
// survivor), see them side by side, choose which value of each field
// survives, merge.
func openMerger(d Deps, title string, choices []widgets.Choice, first data.Ref,
	fields func(a, b data.ID) ([]mergeField, error), merge func(a, b data.ID, pick map[string]bool) error) {
	m := &Merger{Fields: map[string]*widget.RadioGroup{}, box: container.NewVBox(), General: widgets.NewErrorLabel()}
	m.First = widgets.NewRefField(d.Win, lang.X("merge.survivor", "Keep"), choices)
	m.Second = widgets.NewRefField(d.Win, lang.X("merge.duplicate", "Merge into it and delete"), choices)
	for _, c := range choices {
		if c.Ref == first {
			m.First.Set(c)
		}
	}
	compare := func(widgets.Choice) {
		a, b := m.First.Value().ID, m.Second.Value().ID
		m.box.RemoveAll()
		m.Fields = map[string]*widget.RadioGroup{}
		if a == 0 || b == 0 || a == b {
			m.Merge.Disable()
			return
		}
		var fs []mergeField
		loadThen(d, func() (err error) { fs, err = fields(a, b); return }, func() {
			for _, f := range fs {
				if f.a == f.b {
					continue
				}
				r := widget.NewRadioGroup([]string{orNone(f.a), orNone(f.b)}, nil)
				r.Required = true
				r.SetSelected(r.Options[0])
				m.Fields[f.name] = r
				m.box.Add(widget.NewLabelWithStyle(f.label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
				m.box.Add(r)
			}
			if len(m.Fields) == 0 {
				m.box.Add(widget.NewLabel(lang.X("merge.same", "Every field is the same.")))
			}
			m.Merge.Enable()
		})
	}
	m.First.OnChanged, m.Second.OnChanged = compare, compare
	cancel, ok := widgets.DialogButtons(lang.X("merge.do", "Merge"), func() {
		pick := map[string]bool{}
		for name, r := range m.Fields {
			pick[name] = r.Selected == r.Options[1]
		}
		a, b := m.First.Value().ID, m.Second.Value().ID
		run(d, func() error { return merge(a, b, pick) }, func(err error) {
			if err != nil {
				widgets.ShowError(m.General, lang.X("merge.failed", "Could not merge: {{.Error}}", map[string]any{"Error": errText(err)}))
				return
			}
			m.Done = true
			m.Dialog.Hide()
		})
	})
	m.Merge = ok
	m.Merge.Disable()
	form := widget.NewForm(widget.NewFormItem(lang.X("merge.survivor", "Keep"), m.First.Content),
		widget.NewFormItem(lang.X("merge.duplicate", "Merge into it and delete"), m.Second.Content))
	hint := widget.NewLabel(lang.X("merge.hint", "Every interaction of the duplicate moves to the one kept. Choose the value of each field that differs:"))
	hint.Wrapping = fyne.TextWrapWord
	m.Dialog = dialog.NewCustomWithoutButtons(title, container.NewBorder(container.NewVBox(form, hint), m.General, nil, nil, container.NewVScroll(m.box)), d.Win)
	m.Dialog.SetButtons([]fyne.CanvasObject{cancel, m.Merge})
	cancel.OnTapped = m.Dialog.Hide
	m.Dialog.Resize(fyne.NewSize(720, 600))
	lastMerger = m
	m.Dialog.Show()
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return lang.X("merge.empty", "(empty)")
	}
	return s
}

// errText is the problem of an error for a message.
func errText(err error) string { return problem.Text(err) }

// merge opens the merge of two partners, the one selected first.
func (s *Partners) merge() {
	st := s.deps.Store
	var choices []widgets.Choice
	var all []data.Partner
	loadThen(s.deps, func() (err error) {
		all, err = st.Partners()
		choices = widgets.ContactChoices(all, nil)
		return err
	}, func() {
		find := func(id data.ID) data.Partner {
			for _, p := range all {
				if p.ID == id {
					return p
				}
			}
			return data.Partner{}
		}
		enames := map[data.ID]string{}
		for _, e := range s.emps {
			enames[e.ID] = e.Name
		}
		gnames := map[data.ID]string{}
		for _, g := range s.groups {
			gnames[g.ID] = g.Name
		}
		ciText := func(list []data.ContactInfo) string {
			var out []string
			for _, c := range list {
				out = append(out, contactKindTitle(c.Kind)+": "+c.Value)
			}
			return strings.Join(out, "; ")
		}
		openMerger(s.deps, lang.X("merge.partners", "Merge partners"), choices, data.Ref{Kind: data.RefPartner, ID: s.SelectedID()},
			func(a, b data.ID) ([]mergeField, error) {
				pa, pb := find(a), find(b)
				return []mergeField{
					{"name", lang.X("catalog.field.name", "Name"), pa.Name, pb.Name},
					{"fullName", lang.X("catalog.field.fullName", "Full legal name"), pa.FullName, pb.FullName},
					{"kinds", lang.X("catalog.field.kinds", "Kinds"), kindsText(pa.Kinds), kindsText(pb.Kinds)},
					{"manager", lang.X("catalog.field.manager", "Manager"), enames[pa.Manager], enames[pb.Manager]},
					{"group", lang.X("catalog.field.group", "Group"), gnames[pa.Group], gnames[pb.Group]},
					{"comment", lang.X("catalog.field.comment", "Comment"), pa.Comment, pb.Comment},
					{"contactInfo", lang.X("catalog.field.contactInfo", "Contact information"), ciText(pa.ContactInfo), ciText(pb.ContactInfo)},
				}, nil
			},
			func(a, b data.ID, pick map[string]bool) error {
				pa, pb := find(a), find(b)
				m := pa
				if pick["name"] {
					m.Name = pb.Name
				}
				if pick["fullName"] {
					m.FullName = pb.FullName
				}
				if pick["kinds"] {
					m.Kinds = pb.Kinds
				}
				if pick["manager"] {
					m.Manager = pb.Manager
				}
				if pick["group"] {
					m.Group = pb.Group
				}
				if pick["comment"] {
					m.Comment = pb.Comment
				}
				if pick["contactInfo"] {
					m.ContactInfo = pb.ContactInfo
				}
				return st.MergePartners(&m, b)
			})
	})
}

// merge opens the merge of two contact persons, the one selected first.
func (s *Persons) merge() {
	st := s.deps.Store
	var partners []data.Partner
	var all []data.Person
	loadThen(s.deps, func() (err error) {
		if partners, err = st.Partners(); err != nil {
			return err
		}
		all, err = st.Persons()
		return err
	}, func() {
		choices := widgets.ContactChoices(partners, all)
		var persons []widgets.Choice
		for _, c := range choices {
			if c.Ref.Kind == data.RefPerson {
				persons = append(persons, c)
			}
		}
		pn := map[data.ID]string{}
		for _, p := range partners {
			pn[p.ID] = p.Name
		}
		find := func(id data.ID) data.Person {
			for _, p := range all {
				if p.ID == id {
					return p
				}
			}
			return data.Person{}
		}
		openMerger(s.deps, lang.X("merge.persons", "Merge contact persons"), persons, data.Ref{Kind: data.RefPerson, ID: s.SelectedID()},
			func(a, b data.ID) ([]mergeField, error) {
				pa, pb := find(a), find(b)
				return []mergeField{
					{"name", lang.X("catalog.field.fullName.person", "Full name"), pa.Name, pb.Name},
					{"partner", lang.X("catalog.field.partner", "Partner"), pn[pa.Partner], pn[pb.Partner]},
					{"position", lang.X("catalog.field.position", "Position"), pa.Position, pb.Position},
					{"birthday", lang.X("catalog.field.birthday", "Birthday"), format.Date(pa.Birthday), format.Date(pb.Birthday)},
					{"comment", lang.X("catalog.field.comment", "Comment"), pa.Comment, pb.Comment},
				}, nil
			},
			func(a, b data.ID, pick map[string]bool) error {
				pa, pb := find(a), find(b)
				m := pa
				if pick["name"] {
					m.Name = pb.Name
				}
				if pick["partner"] {
					m.Partner = pb.Partner
				}
				if pick["position"] {
					m.Position = pb.Position
				}
				if pick["birthday"] {
					m.Birthday = pb.Birthday
				}
				if pick["comment"] {
					m.Comment = pb.Comment
				}
				for _, r := range pb.Roles {
					if !containsID(m.Roles, r) {
						m.Roles = append(m.Roles, r)
					}
				}
				m.ContactInfo = append(m.ContactInfo, pb.ContactInfo...)
				return st.MergePersons(&m, b)
			})
	})
}

func containsID(ids []data.ID, id data.ID) bool {
	for _, i := range ids {
		if i == id {
			return true
		}
	}
	return false
}
