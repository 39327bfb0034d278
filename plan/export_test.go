package plan

// DecodeFile exposes the file decoder alone to the benchmarks, to compare it
// with encoding/json on the same data.
func DecodeFile(data []byte) error {
	_, err := decodeFile(data, "")
	return err
}
