package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/openpar/cchc/internal/jsonread"
)

// The plan file format: one JSON object, documented in FORMAT.md and
// described by schema.json. The structs below are the format itself: every
// text is kept as the document writes it, and resolved (agencies, deadlines,
// targets) only when a Plan is built from it.

// FormatName and FormatVersion identify the file format.
const (
	FormatName    = "cchc-plan"
	FormatVersion = 1
)

// MaxFileSize bounds the plan files Decode reads, so that a wrong or hostile
// file cannot exhaust memory. Real plans are well under a megabyte.
const MaxFileSize = 32 << 20

type fileRef struct {
	Number string `json:"number,omitempty"`
	Type   string `json:"type,omitempty"`
	Issuer string `json:"issuer,omitempty"`
	Date   string `json:"date,omitempty"`
	Title  string `json:"title,omitempty"`
	at     offsets
}

type fileDocument struct {
	Number      string    `json:"number,omitempty"`
	Type        string    `json:"type,omitempty"`
	Issuer      string    `json:"issuer,omitempty"`
	Place       string    `json:"place,omitempty"`
	Date        string    `json:"date,omitempty"`
	Signer      string    `json:"signer,omitempty"`
	SignerTitle string    `json:"signer_title,omitempty"`
	Title       string    `json:"title,omitempty"`
	IssuedBy    *fileRef  `json:"issued_by,omitempty"`
	LegalBases  []fileRef `json:"legal_bases,omitempty"`
	Recipients  []string  `json:"recipients,omitempty"`
	at          offsets
}

type fileObjective struct {
	Number  string   `json:"number,omitempty"`
	Text    string   `json:"text"`
	Targets []string `json:"targets,omitempty"`
	Comment string   `json:"comment,omitempty"`
	at      offsets
}

type fileTask struct {
	Number   string   `json:"number"`
	Title    string   `json:"title"`
	Lead     string   `json:"lead,omitempty"`
	Partners string   `json:"partners,omitempty"`
	Deadline string   `json:"deadline,omitempty"`
	Targets  []string `json:"targets,omitempty"`
	Output   string   `json:"output,omitempty"`
	Note     string   `json:"note,omitempty"`
	Comment  string   `json:"comment,omitempty"`
	at       offsets
}

type fileSection struct {
	Number string     `json:"number,omitempty"`
	Title  string     `json:"title"`
	Area   string     `json:"area,omitempty"`
	Text   []string   `json:"text,omitempty"`
	Tasks  []fileTask `json:"tasks,omitempty"`
	at     offsets
}

type fileDuty struct {
	Agency string `json:"agency"`
	Text   string `json:"text"`
	at     offsets
}

type fileReport struct {
	Form      string `json:"form"`
	Title     string `json:"title,omitempty"`
	Schedule  string `json:"schedule,omitempty"`
	Senders   string `json:"senders,omitempty"`
	Recipient string `json:"recipient,omitempty"`
	Text      string `json:"text,omitempty"`
	at        offsets
}

type fileDeadline struct {
	What     string `json:"what"`
	Agencies string `json:"agencies,omitempty"`
	Deadline string `json:"deadline"`
	at       offsets
}

type filePlan struct {
	Format       string          `json:"format"`
	Version      int             `json:"version"`
	Document     fileDocument    `json:"document"`
	Province     string          `json:"province,omitempty"`
	Period       string          `json:"period,omitempty"`
	Purpose      []string        `json:"purpose,omitempty"`
	Requirements []string        `json:"requirements,omitempty"`
	Objectives   []fileObjective `json:"objectives,omitempty"`
	Sections     []fileSection   `json:"sections,omitempty"`
	Duties       []fileDuty      `json:"duties,omitempty"`
	Reporting    []fileReport    `json:"reporting,omitempty"`
	Deadlines    []fileDeadline  `json:"deadlines,omitempty"`
	Budget       string          `json:"budget,omitempty"`
	Comment      string          `json:"comment,omitempty"`
	at           offsets
}

// offsets remembers where an object and some of its values start in the
// file, so that problems found later can point at the line and column. A
// plan built in code has none (-1).
type offsets map[string]int

func (o offsets) of(key string) int {
	if v, ok := o[key]; ok {
		return v
	}
	if v, ok := o[""]; ok {
		return v
	}
	return -1
}

// DecodeError is a plan file that cannot be read: malformed JSON, a wrong
// type, an unknown or duplicate field, a wrong format version. It gives the
// place in the file.
type DecodeError struct {
	File      string // "" when decoding from a reader
	Line, Col int    // 1-based; 0 when the error has no place (file too large)
	Msg       string
}

func (e *DecodeError) Error() string {
	name := e.File
	if name == "" {
		name = "plan"
	}
	if e.Line == 0 {
		return fmt.Sprintf("plan: %s: %s", name, e.Msg)
	}
	return fmt.Sprintf("plan: %s:%d:%d: %s", name, e.Line, e.Col, e.Msg)
}

// readAll reads at most MaxFileSize bytes, failing beyond that.
func readAll(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &DecodeError{File: name, Msg: err.Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &DecodeError{File: name, Msg: fmt.Sprintf("file larger than %d bytes", MaxFileSize)}
	}
	return data, nil
}

// decodeFile reads the plan file format strictly.
func decodeFile(data []byte, name string) (*filePlan, error) {
	d := fileDecoder{r: jsonread.NewReader(data)}
	var f filePlan
	err := d.plan(&f)
	if err == nil {
		err = d.r.End()
	}
	if err != nil {
		de := &DecodeError{File: name, Msg: err.Error()}
		if je, ok := err.(*jsonread.Error); ok {
			de.Line, de.Col, de.Msg = je.Line, je.Col, je.Msg
		}
		return nil, de
	}
	return &f, nil
}

type fileDecoder struct {
	r *jsonread.Reader
}

// object reads an object whose fields are given as a table from key to the
// code that reads its value; at records where each value starts.
func (d *fileDecoder) object(what string, at *offsets, fields map[string]func() error) error {
	*at = offsets{"": d.r.Offset()}
	return d.r.Object(func(key []byte, off int) error {
		read, ok := fields[string(key)]
		if !ok {
			return d.r.Errorf(off, "unknown field %q in %s", key, what)
		}
		(*at)[string(key)] = off
		return read()
	})
}

func (d *fileDecoder) str(p *string) func() error {
	return func() (err error) { *p, err = d.r.String(); return }
}

func (d *fileDecoder) strs(p *[]string) func() error {
	return func() (err error) { *p, err = d.r.Strings(); return }
}

func (d *fileDecoder) plan(f *filePlan) error {
	err := d.object("plan", &f.at, map[string]func() error{
		"format":       d.str(&f.Format),
		"version":      func() (err error) { f.Version, err = d.r.Int(); return },
		"document":     func() error { return d.document(&f.Document) },
		"province":     d.str(&f.Province),
		"period":       d.str(&f.Period),
		"purpose":      d.strs(&f.Purpose),
		"requirements": d.strs(&f.Requirements),
		"objectives": func() error {
			return d.r.Array(func(int) error {
				f.Objectives = append(f.Objectives, fileObjective{})
				return d.objective(&f.Objectives[len(f.Objectives)-1])
			})
		},
		"sections": func() error {
			return d.r.Array(func(int) error {
				f.Sections = append(f.Sections, fileSection{})
				return d.section(&f.Sections[len(f.Sections)-1])
			})
		},
		"duties": func() error {
			return d.r.Array(func(int) error {
				f.Duties = append(f.Duties, fileDuty{})
				u := &f.Duties[len(f.Duties)-1]
				return d.object("duty", &u.at, map[string]func() error{
					"agency": d.str(&u.Agency),
					"text":   d.str(&u.Text),
				})
			})
		},
		"reporting": func() error {
			return d.r.Array(func(int) error {
				f.Reporting = append(f.Reporting, fileReport{})
				rp := &f.Reporting[len(f.Reporting)-1]
				return d.object("report", &rp.at, map[string]func() error{
					"form":      d.str(&rp.Form),
					"title":     d.str(&rp.Title),
					"schedule":  d.str(&rp.Schedule),
					"senders":   d.str(&rp.Senders),
					"recipient": d.str(&rp.Recipient),
					"text":      d.str(&rp.Text),
				})
			})
		},
		"deadlines": func() error {
			return d.r.Array(func(int) error {
				f.Deadlines = append(f.Deadlines, fileDeadline{})
				dl := &f.Deadlines[len(f.Deadlines)-1]
				return d.object("deadline", &dl.at, map[string]func() error{
					"what":     d.str(&dl.What),
					"agencies": d.str(&dl.Agencies),
					"deadline": d.str(&dl.Deadline),
				})
			})
		},
		"budget":  d.str(&f.Budget),
		"comment": d.str(&f.Comment),
	})
	if err != nil {
		return err
	}
	start := f.at.of("")
	if f.Format != FormatName {
		return d.r.Errorf(f.at.of("format"), "format is %q, want %q", f.Format, FormatName)
	}
	if f.Version != FormatVersion {
		if _, ok := f.at["version"]; !ok {
			return d.r.Errorf(start, "missing version")
		}
		return d.r.Errorf(f.at.of("version"), "unsupported version %d, want %d", f.Version, FormatVersion)
	}
	return nil
}

func (d *fileDecoder) ref(f *fileRef) error {
	return d.object("document reference", &f.at, map[string]func() error{
		"number": d.str(&f.Number),
		"type":   d.str(&f.Type),
		"issuer": d.str(&f.Issuer),
		"date":   d.str(&f.Date),
		"title":  d.str(&f.Title),
	})
}

func (d *fileDecoder) document(f *fileDocument) error {
	return d.object("document", &f.at, map[string]func() error{
		"number":       d.str(&f.Number),
		"type":         d.str(&f.Type),
		"issuer":       d.str(&f.Issuer),
		"place":        d.str(&f.Place),
		"date":         d.str(&f.Date),
		"signer":       d.str(&f.Signer),
		"signer_title": d.str(&f.SignerTitle),
		"title":        d.str(&f.Title),
		"issued_by": func() error {
			f.IssuedBy = &fileRef{}
			return d.ref(f.IssuedBy)
		},
		"legal_bases": func() error {
			return d.r.Array(func(int) error {
				f.LegalBases = append(f.LegalBases, fileRef{})
				return d.ref(&f.LegalBases[len(f.LegalBases)-1])
			})
		},
		"recipients": d.strs(&f.Recipients),
	})
}

func (d *fileDecoder) objective(f *fileObjective) error {
	return d.object("objective", &f.at, map[string]func() error{
		"number":  d.str(&f.Number),
		"text":    d.str(&f.Text),
		"targets": d.strs(&f.Targets),
		"comment": d.str(&f.Comment),
	})
}

func (d *fileDecoder) section(f *fileSection) error {
	return d.object("section", &f.at, map[string]func() error{
		"number": d.str(&f.Number),
		"title":  d.str(&f.Title),
		"area":   d.str(&f.Area),
		"text":   d.strs(&f.Text),
		"tasks": func() error {
			return d.r.Array(func(int) error {
				f.Tasks = append(f.Tasks, fileTask{})
				return d.task(&f.Tasks[len(f.Tasks)-1])
			})
		},
	})
}

func (d *fileDecoder) task(f *fileTask) error {
	return d.object("task", &f.at, map[string]func() error{
		"number":   d.str(&f.Number),
		"title":    d.str(&f.Title),
		"lead":     d.str(&f.Lead),
		"partners": d.str(&f.Partners),
		"deadline": d.str(&f.Deadline),
		"targets":  d.strs(&f.Targets),
		"output":   d.str(&f.Output),
		"note":     d.str(&f.Note),
		"comment":  d.str(&f.Comment),
	})
}

// encodeFile writes the file format with two-space indentation and without
// escaping HTML characters, so Vietnamese text and "&" stay readable.
func encodeFile(w io.Writer, f *filePlan) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("plan: encode: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// readFile reads a plan file from disk within MaxFileSize.
func readFile(name string) ([]byte, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		return nil, &DecodeError{File: name, Msg: "is a directory"}
	}
	return readAll(fh, name)
}
