package data_test

import (
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestCheck_FindsDamagedVocabulary damages the vocabulary (a count, a
// word gone, a word too many, two words' numbers swapped) and expects
// Check to name each: the words are compared through sums of hashes
// and counted by number, and must still find what a comparison of the
// words themselves found.
func TestCheck_FindsDamagedVocabulary(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.db")
	writeTextDemo(t, src, 300)
	vocab := func(count uint64, num uint32) []byte {
		return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint64(nil, count), num)
	}
	// The two most frequent words.
	var words [2]string
	var counts [2]uint64
	var nums [2]uint32
	editBolt(t, src, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("ix_vocab")).ForEach(func(k, v []byte) error {
			c, n := binary.BigEndian.Uint64(v), binary.BigEndian.Uint32(v[8:])
			for i := range 2 {
				if c > counts[i] {
					copy(words[i+1:], words[i:1])
					copy(counts[i+1:], counts[i:1])
					copy(nums[i+1:], nums[i:1])
					words[i], counts[i], nums[i] = string(k), c, n
					break
				}
			}
			return nil
		})
	})
	tests := []struct {
		name  string
		edit  func(b *bolt.Bucket) error
		wants []string
	}{
		{"count", func(b *bolt.Bucket) error {
			return b.Put([]byte(words[0]), vocab(counts[0]+1, nums[0]))
		}, []string{"word \"" + words[0] + "\": counted"}},
		{"gone", func(b *bolt.Bucket) error {
			return b.Delete([]byte(words[1]))
		}, []string{"vocabulary: ", "holds words"}},
		{"extra", func(b *bolt.Bucket) error {
			return b.Put([]byte("небывалое"), vocab(1, 999_999))
		}, []string{"word \"небывалое\": counted 1, found in 0", "vocabulary: "}},
		{"swapped", func(b *bolt.Bucket) error {
			if err := b.Put([]byte(words[0]), vocab(counts[0], nums[1])); err != nil {
				return err
			}
			return b.Put([]byte(words[1]), vocab(counts[1], nums[0]))
		}, []string{"holds words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.db")
			copyTo(t, src, path)
			editBolt(t, path, func(tx *bolt.Tx) error { return tt.edit(tx.Bucket([]byte("ix_vocab"))) })
			s, err := data.OpenReadOnly(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			probs, err := s.Check()
			all := strings.Join(probs, "\n")
			for _, want := range tt.wants {
				if err != nil || !strings.Contains(all, want) {
					t.Errorf("Check() = %q, %v; want %q among them", probs, err, want)
				}
			}
		})
	}
}
