package data_test

import (
	"encoding/json"
	"testing"

	"interactions/data"
)

// TestCodec_EveryVersionRoundTrips writes every interaction of a demo
// dataset and the odd hand-made ones in each record version the store
// reads (1, 2 and 3, the one it writes): each decodes to what its JSON
// gives, its topic, chain root and description read without a decode
// agree (the description of its JSON too), and version 3 is never longer
// than version 2.
func TestCodec_EveryVersionRoundTrips(t *testing.T) {
	list := append(demoInteractions(t, 2000, 3, "ru"), oddInteractions()...)
	size := map[byte]int{}
	for i := range list {
		want := viaJSON(t, &list[i])
		j, _ := json.Marshal(want)
		if d, err := data.RecordDescription(want.ID, j); err != nil || d != want.Description {
			t.Errorf("interaction %d, JSON: RecordDescription = %q, %v; want %q", want.ID, d, err, want.Description)
		}
		for _, version := range []byte{1, 2, 3} {
			v := data.EncodeRecordVersion(want, version)
			if v[0] != version {
				t.Fatalf("interaction %d: version byte %d, want %d", want.ID, v[0], version)
			}
			size[version] += len(v)
			got, err := data.DecodeRecord(want.ID, v)
			if err != nil {
				t.Fatalf("interaction %d, version %d: %v", want.ID, version, err)
			}
			sameRecord(t, "version "+string('0'+version)+" of "+want.Number, got, want)
			if topic, ok := data.RecordTopic(v); !ok || topic != want.Topic {
				t.Errorf("interaction %d, version %d: RecordTopic = %q, %v", want.ID, version, topic, ok)
			}
			if d, err := data.RecordDescription(want.ID, v); err != nil || d != want.Description {
				t.Errorf("interaction %d, version %d: RecordDescription = %q, %v; want %q", want.ID, version, d, err, want.Description)
			}
			topic, root, err := data.RecordRootTopic(want.ID, v)
			if err != nil || topic != want.Topic || root != want.IsChainRoot() {
				t.Errorf("interaction %d, version %d: RecordRootTopic = %q, %v, %v; want %q, %v",
					want.ID, version, topic, root, err, want.Topic, want.IsChainRoot())
			}
		}
	}
	if size[3] > size[2] || size[2] > size[1] {
		t.Errorf("bytes by version %v: each version should be no longer than the one before", size)
	}
	t.Logf("bytes a record: v1 %.1f, v2 %.1f, v3 %.1f", float64(size[1])/float64(len(list)),
		float64(size[2])/float64(len(list)), float64(size[3])/float64(len(list)))
}
