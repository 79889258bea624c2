package editor

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/widgets"
)

// chainsFound is how many interactions the subject picker offers for a
// search: their chains, newest first.
const chainsFound = 30

// chainSearch finds, for the subject picker, the interactions whose
// words the search starts; choosing one means its chain (the store puts
// the interaction in the chain of the one chosen, or with its subject).
// The interaction edited, self, is left out.
func chainSearch(st Store, self data.ID) widgets.MoreSource {
	return func(ctx context.Context, query string) ([]widgets.Choice, error) {
		page, err := st.List(data.Query{Filter: data.Filter{Text: query}, Limit: chainsFound + 1})
		if err != nil || ctx.Err() != nil {
			return nil, err
		}
		var out []widgets.Choice
		for _, r := range page.Rows {
			it := r.Interaction
			if it.ID == self || len(out) == chainsFound {
				continue
			}
			label := lang.X("picker.chainOf", "Chain of No. {{.Number}} of {{.Date}}: {{.Topic}}",
				map[string]any{"Number": it.Number, "Date": format.Date(it.Date), "Topic": it.Topic})
			out = append(out, widgets.NewChoice(data.Ref{Kind: data.RefInteraction, ID: it.ID}, label))
		}
		return out, nil
	}
}
