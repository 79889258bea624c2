package cli

import "interactions/data/csvio"

// appendCSVField appends one comma-separated field of a CSV record to b
// as encoding/csv writes it (csvio.AppendField, tested against it there).
func appendCSVField[T string | []byte](b []byte, field T) []byte {
	return csvio.AppendField(b, field, ',')
}
