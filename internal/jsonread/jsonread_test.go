package jsonread_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/openpar/cchc/internal/jsonread"
)

type doc struct {
	Name  string
	Tags  []string
	Count int
	Ok    bool
	Inner struct{ A string }
}

func decode(src string) (doc, error) {
	var d doc
	r := jsonread.NewReader([]byte(src))
	err := r.Object(func(key []byte, at int) error {
		var err error
		switch string(key) {
		case "name":
			d.Name, err = r.String()
		case "tags":
			d.Tags, err = r.Strings()
		case "count":
			d.Count, err = r.Int()
		case "ok":
			d.Ok, err = r.Bool()
		case "inner":
			err = r.Object(func(key []byte, at int) error {
				if string(key) != "a" {
					return r.Errorf(at, "unknown field %q", key)
				}
				d.Inner.A, err = r.String()
				return err
			})
		default:
			return r.Errorf(at, "unknown field %q", key)
		}
		return err
	})
	if err == nil {
		err = r.End()
	}
	return d, err
}

func TestReadsValues(t *testing.T) {
	d, err := decode(`{"name": "Sở Nội vụ \"SNV\"\n\u0110\ud83d\ude00", "tags": ["a", "b"], "count": -12, "ok": true, "inner": {"a": "x"}}`)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Sở Nội vụ \"SNV\"\nĐ😀" || len(d.Tags) != 2 || d.Count != -12 || !d.Ok || d.Inner.A != "x" {
		t.Fatalf("got %+v", d)
	}
}

func TestErrorsHavePositions(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		msg       string
	}{
		{"{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}", 3, 3, `duplicate key "name"`},
		{"{\n  \"nam\": \"a\"\n}", 2, 3, `unknown field "nam"`},
		{`{"count": "3"}`, 1, 11, "got string, want number"},
		{`{"count": 3.5}`, 1, 11, "want a whole number"},
		{`{"name": "Sở", "ok": tru}`, 1, 22, "want bool"},
		{`{"name": "abc`, 1, 10, "unterminated string"},
		{`{"name": "a"`, 1, 13, "unexpected end of input"},
		{`{"name": "a"} x`, 1, 15, "want end of input"},
		{`{"tags": ["a" "b"]}`, 1, 15, "want ',' or ']'"},
		{"{\"name\": \"a\tb\"}", 1, 12, "control character"},
		{`{"inner": {"a": 1}}`, 1, 17, "got number, want string"},
		{``, 1, 1, "want object"},
		{`[1]`, 1, 1, "got array, want object"},
		{`{"count": 01}`, 1, 11, "invalid number"},
		{`{"name": "\x"}`, 1, 11, "invalid escape"},
		// A byte order mark, as Notepad writes, is skipped and takes no column.
		{"\uFEFF{\"count\": \"3\"}", 1, 11, "got string, want number"},
		{"\uFEFF\uFEFF{}", 1, 1, "want object"},
	}
	for _, tt := range tests {
		_, err := decode(tt.src)
		var e *jsonread.Error
		if !errors.As(err, &e) || e.Line != tt.line || e.Col != tt.col || !strings.Contains(e.Msg, tt.msg) {
			t.Errorf("decode(%q) error = %v, want %d:%d: ...%s", tt.src, err, tt.line, tt.col, tt.msg)
		}
	}
}

func TestByteOrderMark(t *testing.T) {
	got, err := decode("\uFEFF{\"name\": \"Sở Nội vụ\"}")
	if err != nil || got.Name != "Sở Nội vụ" {
		t.Errorf("decode with a byte order mark = %+v, %v", got, err)
	}
}

func TestDepthIsBounded(t *testing.T) {
	src := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	r := jsonread.NewReader([]byte(src))
	var walk func(int) error
	walk = func(int) error { return r.Array(walk) }
	err := walk(0)
	if err == nil || !strings.Contains(err.Error(), "nesting deeper") {
		t.Fatalf("err = %v, want a nesting error", err)
	}
}

func TestInvalidUTF8(t *testing.T) {
	_, err := decode("{\"name\": \"\xff\"}")
	if err == nil || !strings.Contains(err.Error(), "invalid UTF-8") {
		t.Fatalf("err = %v", err)
	}
}

func FuzzReader(f *testing.F) {
	for _, s := range []string{`{"name":"a","tags":["x"],"count":1,"ok":false,"inner":{"a":"b"}}`, `{}`, `{"name":"\u0041"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = decode(src) // must not panic
	})
}
