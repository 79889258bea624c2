package sha256_test

import (
	stdsha256 "crypto/sha256"
	"testing"

	"interactions/internal/thirdparty/sha256"
)

func TestSum256_AsCryptoSHA256(t *testing.T) {
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i*7 + 3)
	}
	for n := 0; n <= len(data); n++ {
		if got, want := sha256.Sum256(data[:n]), stdsha256.Sum256(data[:n]); got != want {
			t.Fatalf("Sum256 of %d bytes = %x, crypto/sha256 %x", n, got, want)
		}
	}
	if got, want := sha256.Sum256([]byte("<a@b.ru>")), stdsha256.Sum256([]byte("<a@b.ru>")); got != want {
		t.Fatalf("Sum256(<a@b.ru>) = %x, want %x", got, want)
	}
}

func FuzzSum256(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("<CAF=abc@mail.example.com>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := sha256.Sum256(b), stdsha256.Sum256(b); got != want {
			t.Fatalf("Sum256(%q) = %x, crypto/sha256 %x", b, got, want)
		}
	})
}
