package cli

import "interactions/data/csvio/csvfield"

// appendCSVField appends one comma-separated field of a CSV record to b
// as encoding/csv writes it (csvfield.AppendField, tested against it there).
func appendCSVField[T string | []byte](b []byte, field T) []byte {
	return csvfield.AppendField(b, field, ',')
}
