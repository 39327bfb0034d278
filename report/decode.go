package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/openpar/cchc/internal/jsonread"
)

// MaxFileSize bounds the form and submission files the package reads, so
// that a wrong or hostile file cannot exhaust memory. Real ones are a few
// kilobytes.
const MaxFileSize = 4 << 20

// DecodeError is a form or submission file that cannot be read: malformed
// JSON, a wrong type, an unknown or duplicate field, a wrong format version,
// a value that does not parse. It gives the place in the file.
type DecodeError struct {
	File      string // the file's name, or what it holds ("form", "submission") when read from a reader
	Line, Col int    // 1-based; 0 when the error has no place (file too large)
	Msg       string
	Err       error // the typed error behind Msg, if any: *UnknownFormError, *PeriodError, ...
}

// Unwrap returns the typed error behind the message, for errors.As.
func (e *DecodeError) Unwrap() error { return e.Err }

func (e *DecodeError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("report: %s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("report: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// readLimited reads at most MaxFileSize bytes, failing beyond that.
func readLimited(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &DecodeError{File: name, Msg: err.Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &DecodeError{File: name, Msg: fmt.Sprintf("file larger than %d bytes", MaxFileSize)}
	}
	return data, nil
}

// decoder walks a file with a strict reader; fields are read through tables
// from key to the code that reads the value.
type decoder struct {
	r    *jsonread.Reader
	name string
}

func newDecoder(data []byte, name string) *decoder {
	return &decoder{r: jsonread.NewReader(data), name: name}
}

// fail turns a reader error into a *DecodeError of the file.
func (d *decoder) fail(err error) error {
	var je *jsonread.Error
	if errors.As(err, &je) {
		return &DecodeError{File: d.name, Line: je.Line, Col: je.Col, Msg: je.Msg}
	}
	return &DecodeError{File: d.name, Msg: err.Error()}
}

// object reads an object whose members are given as a table.
func (d *decoder) object(what string, fields map[string]func() error) error {
	return d.r.Object(func(key []byte, at int) error {
		read, ok := fields[string(key)]
		if !ok {
			return d.r.Errorf(at, "unknown field %q in %s", key, what)
		}
		return read()
	})
}

func (d *decoder) str(p *string) func() error {
	return func() (err error) { *p, err = d.r.String(); return }
}

func (d *decoder) strs(p *[]string) func() error {
	return func() (err error) { *p, err = d.r.Strings(); return }
}

func (d *decoder) integer(p *int) func() error {
	return func() (err error) { *p, err = d.r.Int(); return }
}

func (d *decoder) boolean(p *bool) func() error {
	return func() (err error) { *p, err = d.r.Bool(); return }
}

// text reads a string and decodes it with parse, reporting a failure at the
// string's place.
func (d *decoder) text(parse func(string) error) func() error {
	return func() error {
		at := d.r.Offset()
		s, err := d.r.String()
		if err != nil {
			return err
		}
		if err := parse(s); err != nil {
			return d.r.Errorf(at, "%s", unprefixed(err))
		}
		return nil
	}
}

// header checks the format name and version read from a file.
func (d *decoder) header(format string, version int, wantFormat string, wantVersion int, at int) error {
	if format != wantFormat {
		return d.r.Errorf(at, "format %q, want %q", format, wantFormat)
	}
	if version != wantVersion {
		return d.r.Errorf(at, "version %d, want %d", version, wantVersion)
	}
	return nil
}

// unprefixed returns an error's message without the package prefix ("plan:
// ", "calendar: "), for a message that a *DecodeError of this package
// prefixes again.
func unprefixed(err error) string {
	msg := err.Error()
	if pkg, rest, ok := strings.Cut(msg, ": "); ok && !strings.ContainsAny(pkg, " \"") {
		return rest
	}
	return msg
}
