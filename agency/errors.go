package agency

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openpar/cchc/calendar"
)

// Sentinels wrapped by the typed errors, for errors.Is.
var (
	ErrUnknown   = errors.New("unknown agency")
	ErrEmpty     = errors.New("empty name")
	ErrAmbiguous = errors.New("ambiguous name")
)

// LookupError reports a name that does not resolve to one agency. Err is
// ErrUnknown, ErrEmpty or ErrAmbiguous; Candidates are the closest agencies
// by edit distance (unknown; none for a name more than twice as long as any
// agency's) or the agencies the name could mean (ambiguous).
type LookupError struct {
	Name       string
	Err        error
	Candidates []Candidate
}

// Candidate is an agency offered for a name that did not resolve.
type Candidate struct {
	ID       ID
	Name     string // the agency's Vietnamese name
	Distance int    // edit distance between the folded names
}

func (e *LookupError) Error() string {
	var b strings.Builder
	switch {
	case errors.Is(e.Err, ErrEmpty) && e.Name == "":
		b.WriteString("agency: empty name")
	case errors.Is(e.Err, ErrEmpty) && !strings.ContainsFunc(e.Name, isLetterOrDigit):
		fmt.Fprintf(&b, "agency: name %q has no letter or digit", e.Name)
	case errors.Is(e.Err, ErrEmpty):
		// Only words a name leaves out ("và"), or letters an ID cannot hold.
		fmt.Fprintf(&b, "agency: name %q has no word that names an agency", e.Name)
	case errors.Is(e.Err, ErrAmbiguous):
		fmt.Fprintf(&b, "agency: ambiguous agency %q", e.Name)
	default:
		fmt.Fprintf(&b, "agency: unknown agency %q", e.Name)
	}
	for i, c := range e.Candidates {
		if i == 0 {
			if errors.Is(e.Err, ErrAmbiguous) {
				b.WriteString(": one of ")
			} else {
				b.WriteString("; closest: ")
			}
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q (%s)", c.Name, c.ID)
	}
	return b.String()
}

func (e *LookupError) Unwrap() error { return e.Err }

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// IDError reports an ID the registry does not hold, or text that is not a
// well-formed ID.
type IDError struct {
	ID     string
	Reason string // "unknown", "malformed: ..."
}

func (e *IDError) Error() string {
	return fmt.Sprintf("agency: %s id %q", e.Reason, e.ID)
}

// Unwrap lets errors.Is(err, ErrUnknown) match an unknown ID.
func (e *IDError) Unwrap() error {
	if e.Reason == "unknown" {
		return ErrUnknown
	}
	return nil
}

// ValueError reports text that is not a code word of an enumeration, or not
// the name of a seed province.
type ValueError struct {
	What  string // "level", "kind", "group", "province"
	Input string
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("agency: unknown %s %q", e.What, e.Input)
}

// DataError reports a problem in the data a Registry is built from. Source
// names the catalogue, Entry the agency or transfer ("so-noi-vu",
// "transfer 3"), Field the field at fault.
type DataError struct {
	Source string
	Entry  string
	Field  string
	Reason string
}

func (e *DataError) Error() string {
	var b strings.Builder
	b.WriteString("agency: ")
	if e.Source != "" {
		b.WriteString(e.Source)
		b.WriteString(": ")
	}
	b.WriteString(e.Entry)
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// ParentError reports an agency whose parent the data does not hold.
type ParentError struct {
	ID     ID
	Parent ID
}

func (e *ParentError) Error() string {
	return fmt.Sprintf("agency: parent %q of %q is missing", e.Parent, e.ID)
}

// CycleError reports transfers of duties that lead back to where they
// started. Path lists the agencies in order, the first repeated at the end.
type CycleError struct {
	Duty Duty // "" for whole-agency transfers
	Path []ID
}

func (e *CycleError) Error() string {
	parts := make([]string, len(e.Path))
	for i, id := range e.Path {
		parts[i] = string(id)
	}
	what := "succession"
	if e.Duty != "" {
		what = fmt.Sprintf("transfer of %q", string(e.Duty))
	}
	return fmt.Sprintf("agency: %s cycle %s", what, strings.Join(parts, " -> "))
}

// SuccessionError reports a question about duties on a day the data cannot
// answer: the agency did not exist yet, or ended with no successor on record.
type SuccessionError struct {
	ID     ID
	On     calendar.Date
	Reason string
}

func (e *SuccessionError) Error() string {
	return fmt.Sprintf("agency: no holder of %q's duties on %s: %s", e.ID, e.On, e.Reason)
}

// ParseError reports a selector phrase that cannot be read, or one item of it.
type ParseError struct {
	Input  string // the whole phrase
	Item   string // the item at fault, "" for the phrase as a whole
	Reason string
}

// maxQuoted is how much of a selector the message of an error about one of
// its items quotes: the item says what is wrong, the start of the selector
// where. Quoting it whole would make the messages of a long cell's items
// grow as the square of its length.
const maxQuoted = 100

func (e *ParseError) Error() string {
	if e.Item != "" {
		return fmt.Sprintf("agency: cannot read %q in selector %q: %s", e.Item, shorten(e.Input, maxQuoted), e.Reason)
	}
	return fmt.Sprintf("agency: cannot read selector %q: %s", e.Input, e.Reason)
}

// shorten cuts s after n bytes, at a rune boundary, marking the cut with "…".
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
