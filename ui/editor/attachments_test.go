package editor_test

import (
	"testing"
)

func TestEditor_RefusedSaveLeavesNoAttachmentBehind(t *testing.T) {
	f := newFixture(t)
	first := f.open(t, f.Mail.ID)
	second := f.open(t, f.Mail.ID)
	first.Topic.SetText("Вопрос по счету 15")
	save(t, first)
	second.Attachments.AddFile("счет.pdf", []byte("%PDF-1.4 счет"))
	save(t, second)
	if !second.Form.General.Visible() {
		t.Fatal("the second editor's save was not refused")
	}
	if orphans, err := f.St.OrphanBlobs(); err != nil || len(orphans) != 0 {
		t.Errorf("OrphanBlobs() = %v, %v after a refused save; want none", orphans, err)
	}
	if len(second.Attachments.Items) != 2 {
		t.Errorf("the refused save lost the attachment: %+v", second.Attachments.Items)
	}
	// Opened again, the attachment saves for good.
	third := f.open(t, f.Mail.ID)
	third.Attachments.AddFile("счет.pdf", []byte("%PDF-1.4 счет"))
	save(t, third)
	if third.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", third.Form.General.Text)
	}
	if orphans, _ := f.St.OrphanBlobs(); len(orphans) != 0 {
		t.Errorf("a saved attachment is listed as an orphan: %v", orphans)
	}
	f.check(t)
}
