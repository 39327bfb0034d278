package plan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
)

const minimal = `{
  "format": "cchc-plan",
  "version": 1,
  "document": {"number": "1/KH-UBND", "date": "2017-07-19"},
  "period": "Năm 2017",
  "sections": [
    {"number": "1", "title": "Cải cách thủ tục hành chính", "area": "procedures", "tasks": [
      {"number": "1.1", "title": "Rà soát thủ tục", "lead": "Sở Tư pháp", "deadline": "Quý III/2017"}
    ]}
  ]
}`

func TestDecodeErrorsGivePlace(t *testing.T) {
	tests := []struct {
		name string
		src  string
		at   string // the text the error must point at; "" for the end of input
		msg  string
	}{
		{"unknown field", strings.Replace(minimal, `"title": "Rà soát thủ tục"`, `"titel": "Rà soát thủ tục"`, 1), `"titel"`, `unknown field "titel" in task`},
		{"duplicate key", strings.Replace(minimal, `"lead": "Sở Tư pháp"`, `"lead": "Sở Tư pháp", "lead": "Sở Nội vụ"`, 1), `"lead": "Sở Nội vụ"`, `duplicate key "lead"`},
		{"wrong type", strings.Replace(minimal, `"version": 1`, `"version": "1"`, 1), `"1"`, "got string, want number"},
		{"wrong type in task", strings.Replace(minimal, `"deadline": "Quý III/2017"`, `"deadline": 2017`, 1), `2017}`, "got number, want string"},
		{"format", strings.Replace(minimal, `"cchc-plan"`, `"other"`, 1), `"format"`, `format is "other"`},
		{"version", strings.Replace(minimal, `"version": 1`, `"version": 2`, 1), `"version"`, "unsupported version 2"},
		{"truncated", minimal[:strings.Index(minimal, `"sections"`)], "", "unexpected end of input"},
		{"not an object", `[1, 2]`, `[1, 2]`, "want object"},
		{"trailing text", minimal + "\n]", "\n]", "want end of input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := plan.Parse([]byte(tt.src), plan.WithFileName("p.json"))
			var de *plan.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error = %v, want a *plan.DecodeError", err)
			}
			off := len(tt.src)
			if tt.at != "" {
				off = strings.Index(tt.src, tt.at)
				if tt.at[0] == '\n' {
					off++
				}
			}
			line := strings.Count(tt.src[:off], "\n") + 1
			col := len([]rune(tt.src[strings.LastIndex(tt.src[:off], "\n")+1:off])) + 1
			if !strings.Contains(de.Msg, tt.msg) || de.File != "p.json" || de.Line != line || de.Col != col {
				t.Errorf("error = %v, want p.json:%d:%d: ...%s", err, line, col, tt.msg)
			}
		})
	}
}

func TestDecodeBounds(t *testing.T) {
	if _, err := plan.Parse(nil); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty file: %v", err)
	}
	deep := `{"format": "cchc-plan", "version": 1, "document": {}, "purpose": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "}"
	if _, err := plan.Parse([]byte(deep)); err == nil {
		t.Error("deeply nested arrays decoded")
	}
	// A reader of endless spaces: Decode must stop at the size limit, not
	// read it all.
	huge := io.LimitReader(spaces{}, 100<<20)
	_, err := plan.Decode(huge)
	var de *plan.DecodeError
	if !errors.As(err, &de) || !strings.Contains(de.Msg, "larger than") {
		t.Errorf("100 MB file: %v", err)
	}
	if _, err := plan.Open("testdata"); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
	if _, err := plan.Open("testdata/missing.json"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := plan.Parse([]byte("\x00\x01\x02binary")); err == nil {
		t.Error("binary file decoded")
	}
}

type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestEncodeRoundTrip(t *testing.T) {
	for _, name := range examples.Names() {
		data, err := examples.File(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := plan.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out bytes.Buffer
		if err := p.Encode(&out); err != nil {
			t.Fatal(err)
		}
		// Same content as the file, whatever its formatting.
		var a, b any
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(out.Bytes(), &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(dropEmpty(a), dropEmpty(b)) {
			t.Errorf("%s: encoding changes the plan", name)
		}
		q, err := plan.Parse(out.Bytes())
		if err != nil {
			t.Fatalf("%s: decoding the encoding: %v", name, err)
		}
		var again bytes.Buffer
		q.Encode(&again)
		if !bytes.Equal(out.Bytes(), again.Bytes()) {
			t.Errorf("%s: encode, decode, encode is not stable", name)
		}
	}
}

// dropEmpty removes empty strings, arrays and objects, which the encoder
// omits.
func dropEmpty(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if e = dropEmpty(e); e != nil {
				out[k] = e
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []any:
		if len(x) == 0 {
			return nil
		}
		for i := range x {
			x[i] = dropEmpty(x[i])
		}
		return x
	case string:
		if x == "" {
			return nil
		}
	}
	return v
}

// TestSchemaAgreesWithDecoder checks schema.json against the decoder both
// ways: every property the schema lists decodes (an unknown one would be an
// error), and a plan encoding every field uses only properties the schema
// lists.
func TestSchemaAgreesWithDecoder(t *testing.T) {
	raw, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	props := func(def string) []string {
		var m map[string]json.RawMessage
		if def == "" {
			m = schema.Properties
		} else {
			m = schema.Defs[def].Properties
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		return keys
	}
	// A document with every property of the schema, each with a value of
	// the right type, must decode.
	value := func(def string) map[string]any {
		out := map[string]any{}
		for _, k := range props(def) {
			out[k] = "x"
		}
		return out
	}
	doc := value("document")
	doc["issued_by"] = value("reference")
	doc["legal_bases"] = []any{value("reference")}
	doc["recipients"] = []string{"x"}
	doc["date"], doc["issued_by"].(map[string]any)["date"] = "2017-07-19", "2017-07-19"
	doc["legal_bases"].([]any)[0].(map[string]any)["date"] = "2017-07-19"
	objective := value("objective")
	objective["targets"] = []string{"100%"}
	task := value("task")
	task["targets"] = []string{"100%"}
	section := value("section")
	section["text"], section["tasks"], section["area"] = []string{"x"}, []any{task}, "procedures"
	report := value("report")
	report["form"] = "monthly"
	full := value("")
	full["format"], full["version"] = "cchc-plan", 1
	full["document"], full["objectives"], full["sections"] = doc, []any{objective}, []any{section}
	full["duties"], full["reporting"], full["deadlines"] = []any{value("duty")}, []any{report}, []any{value("deadline")}
	full["purpose"], full["requirements"] = []string{"x"}, []string{"x"}
	data, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Parse(data)
	if err != nil {
		t.Fatalf("a plan with every schema property does not decode: %v", err)
	}
	// Encoding it back uses every property, and only those.
	var back map[string]any
	b, _ := p.MarshalJSON()
	json.Unmarshal(b, &back)
	check := func(where string, got map[string]any, def string) {
		var keys []string
		for k := range got {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if want := props(def); !slices.Equal(keys, want) {
			t.Errorf("%s: encoder writes %v, schema has %v", where, keys, want)
		}
	}
	check("plan", back, "")
	check("document", back["document"].(map[string]any), "document")
	check("reference", back["document"].(map[string]any)["issued_by"].(map[string]any), "reference")
	check("objective", back["objectives"].([]any)[0].(map[string]any), "objective")
	sec := back["sections"].([]any)[0].(map[string]any)
	check("section", sec, "section")
	check("task", sec["tasks"].([]any)[0].(map[string]any), "task")
	check("duty", back["duties"].([]any)[0].(map[string]any), "duty")
	check("report", back["reporting"].([]any)[0].(map[string]any), "report")
	check("deadline", back["deadlines"].([]any)[0].(map[string]any), "deadline")
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(minimal))
	for _, name := range examples.Names() {
		data, _ := examples.File(name)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := plan.Parse(data)
		if err != nil {
			return
		}
		var a bytes.Buffer
		if err := p.Encode(&a); err != nil {
			t.Fatal(err)
		}
		q, err := plan.Parse(a.Bytes())
		if err != nil {
			t.Fatalf("decoding the encoding failed: %v\n%s", err, a.Bytes())
		}
		var b bytes.Buffer
		q.Encode(&b)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("decode, encode, decode gives another plan:\n%s\n%s", a.Bytes(), b.Bytes())
		}
		p.Validate()
	})
}
