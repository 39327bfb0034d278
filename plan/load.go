package plan

import (
	"bytes"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

// Option changes how a plan is loaded.
type Option func(*options)

type options struct {
	registry *agency.Registry
	cal      *calendar.Calendar
	on       calendar.Date
	name     string
}

// WithRegistry resolves the plan's agency names against r. Without it a
// plan uses agency.ForProvince for its province when the agency package
// ships that province's data (so "UBND cấp huyện" expands to its districts),
// and agency.Default() otherwise.
func WithRegistry(r *agency.Registry) Option { return func(o *options) { o.registry = r } }

// WithCalendar puts the plan's deadlines on c instead of calendar.Vietnam(),
// for a province with its own days off.
func WithCalendar(c *calendar.Calendar) Option { return func(o *options) { o.cal = c } }

// WithDate resolves agencies as they stand on d instead of the plan's date:
// to ask who carries an old plan's duties today, for instance.
func WithDate(d calendar.Date) Option { return func(o *options) { o.on = d } }

// WithFileName names the file that problems and errors point at.
func WithFileName(name string) Option { return func(o *options) { o.name = name } }

func collect(opts []Option) options {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.cal == nil {
		o.cal = calendar.Vietnam()
	}
	return o
}

// Parse reads a plan file held in memory. Malformed JSON, an unknown or
// duplicate field, a wrong type or format version is a *DecodeError with the
// line and column. Texts that do not parse or resolve (an unknown agency, an
// unreadable deadline) do not fail the load: Validate reports them.
func Parse(data []byte, opts ...Option) (*Plan, error) {
	o := collect(opts)
	if len(data) > MaxFileSize {
		return nil, &DecodeError{File: o.name, Msg: "file larger than 32 MiB"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &DecodeError{File: o.name, Msg: "empty file"}
	}
	f, err := decodeFile(data, o.name)
	if err != nil {
		return nil, err
	}
	if o.registry == nil {
		o.registry = defaultRegistry(f.Province)
	}
	return build(f, data, o), nil
}

// Decode reads a plan file from r; see Parse.
func Decode(r io.Reader, opts ...Option) (*Plan, error) {
	o := collect(opts)
	data, err := readAll(r, o.name)
	if err != nil {
		return nil, err
	}
	return Parse(data, opts...)
}

// Open reads the plan file name; problems and errors point at name unless
// WithFileName says otherwise.
func Open(name string, opts ...Option) (*Plan, error) {
	data, err := readFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(data, append([]Option{WithFileName(name)}, opts...)...)
}

// With loads the plan again from its texts with other options: another
// registry, calendar or date.
func (p *Plan) With(opts ...Option) *Plan {
	o := options{registry: p.registry, cal: p.cal, name: p.name}
	for _, opt := range opts {
		opt(&o)
	}
	return build(p.file, p.data, o)
}

// Encode writes the plan in the file format, with every text as it was read.
func (p *Plan) Encode(w io.Writer) error { return encodeFile(w, p.file) }

// MarshalJSON returns the plan in the file format.
func (p *Plan) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	if err := p.Encode(&buf); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// place returns the place of the value at key in an object read from the
// file, with line and column when the plan came from one.
func (p *Plan) place(at offsets, key string) Place {
	pl := Place{File: p.name}
	if off := at.of(key); off >= 0 && p.data != nil {
		pl.Line, pl.Col = p.position(off)
	}
	return pl
}

// placeOf returns where (a section and task, if any) with the field key and
// its line and column in the file.
func (p *Plan) placeOf(at offsets, key string, where Place) Place {
	pl := p.place(at, key)
	pl.Section, pl.Task, pl.Field = where.Section, where.Task, key
	return pl
}

// position turns a byte offset into a line and column with an index of line
// starts built once, so that reporting many problems stays linear.
func (p *Plan) position(off int) (line, col int) {
	if p.lines == nil {
		p.lines = []int{0}
		for i, c := range p.data {
			if c == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	line, _ = slices.BinarySearch(p.lines, off+1)
	start := p.lines[line-1]
	return line, utf8.RuneCount(p.data[start:off]) + 1
}

func defaultRegistry(province string) *agency.Registry {
	if province != "" {
		if r, err := agency.ForProvince(province); err == nil {
			return r
		}
	}
	return agency.Default()
}
