package ui

import (
	"errors"
	"interactions/ui/problem"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/data/demo"

	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/session"
)

// demoSizes are the sizes of demo data offered on a first start.
var demoSizes = []int{1_000, 10_000, 100_000}

// demoLangs are the languages of demo data, in the order offered.
var demoLangs = []string{data.LangRussian, data.LangEnglish}

// demoSeed makes the demo data the same for everyone who picks the same size.
const demoSeed = 1

// demoOffer is the first-start dialog that offers demo data: a size, a
// language, and Load / Not now. While the data is made and loaded a
// progress dialog replaces it.
type demoOffer struct {
	mv       *mainView
	size     *widget.RadioGroup
	language *widget.RadioGroup
	load     *widget.Button
	skip     *widget.Button
	Dialog   dialog.Dialog

	progress dialog.Dialog // shown while loading
	running  bool
	done     bool  // the load finished
	err      error // of the load
}

// offerDemoIfEmpty looks in the background whether the database is empty —
// no interactions and no employees — and then offers demo data.
func (mv *mainView) offerDemoIfEmpty() {
	st := mv.store
	go func() {
		n, err := st.Count(data.Filter{})
		var emps []data.Employee
		if err == nil {
			emps, err = st.Employees()
		}
		background.Do(func() {
			mv.firstStartChecked = true
			if err != nil {
				fyne.LogError("Could not look into the database", err)
				return
			}
			if n == 0 && len(emps) == 0 && mv.demo == nil {
				mv.demo = newDemoOffer(mv)
				mv.demo.Dialog.Show()
			}
		})
	}()
}

func newDemoOffer(mv *mainView) *demoOffer {
	o := &demoOffer{mv: mv}
	sizes := make([]string, len(demoSizes))
	for i, n := range demoSizes {
		sizes[i] = format.Count(n)
	}
	o.size = widget.NewRadioGroup(sizes, nil)
	o.size.Horizontal = true
	o.size.Required = true
	o.size.SetSelected(sizes[1])

	langs := []string{lang.X("language.russian", "Russian"), lang.X("language.english", "English")}
	o.language = widget.NewRadioGroup(langs, nil)
	o.language.Horizontal = true
	o.language.Required = true
	o.language.SetSelected(langs[0])
	if lang.X("language.code", "en") == data.LangEnglish {
		o.language.SetSelected(langs[1])
	}

	o.load = widget.NewButton(lang.X("demo.load", "Load"), o.accept)
	o.load.Importance = widget.HighImportance
	o.skip = widget.NewButton(lang.X("demo.skip", "Not now"), func() {
		o.Dialog.Hide()
		mv.askWhoIfNoEmployees(nil)
	})

	question := widget.NewLabel(lang.X("demo.question", "The database is empty. Load demo data to try the program? You can also start with an empty database."))
	question.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.X("demo.size", "Interactions"), o.size),
		widget.NewFormItem(lang.X("demo.language", "Language"), o.language))
	content := container.NewVBox(question, form, container.NewHBox(layout.NewSpacer(), o.skip, o.load))
	o.Dialog = dialog.NewCustomWithoutButtons(lang.X("demo.title", "Demo data"), content, mv.win)
	o.Dialog.Resize(fyne.NewSize(520, 0))
	return o
}

// accept makes and loads the demo data of the chosen size and language in
// the background, with a progress dialog, then reloads the list.
func (o *demoOffer) accept() {
	if o.running {
		return
	}
	size, language := demoSizes[1], demoLangs[0]
	if i := slices.Index(o.size.Options, o.size.Selected); i >= 0 {
		size = demoSizes[i]
	}
	if i := slices.Index(o.language.Options, o.language.Selected); i >= 0 {
		language = demoLangs[i]
	}
	o.running = true
	o.Dialog.Hide()
	bar := widget.NewProgressBarInfinite()
	note := widget.NewLabel(lang.X("demo.progress", "Creating demo data: {{.count}} interactions…", map[string]any{"Count": format.Count(size)}))
	o.progress = dialog.NewCustomWithoutButtons(lang.X("demo.title", "Demo data"), container.NewVBox(note, bar), o.mv.win)
	o.progress.Show()

	st := o.mv.store
	go func() {
		// Streamed, as the command line's demo: a batch of days at a
		// time, so a million interactions stay within about 1 GB.
		stream, err := demo.NewStream(demo.Options{Size: size, Seed: demoSeed, Lang: language, Now: st.Now()})
		if err == nil {
			_, err = st.LoadStream(stream.Catalogs(), stream.Next)
		}
		background.Do(func() {
			bar.Stop()
			o.progress.Hide()
			o.running, o.done, o.err = false, true, err
			if err != nil {
				fyne.LogError("Could not load demo data", err)
				msg := lang.X("demo.failed", "Could not load the demo data: {{.Error}}", problem.Args(err))
				dialog.ShowError(errors.New(msg), o.mv.win)
			}
			o.mv.sess.Notify(session.Everything)
		})
	}()
}
