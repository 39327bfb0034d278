package agency

import (
	"errors"
	"slices"
	"strings"
	"unicode"

	"github.com/openpar/cchc/calendar"
)

// Selector is a phrase of a plan that names agencies: one agency ("Sở Nội
// vụ"), a group ("Các sở, ban, ngành", "UBND cấp huyện"), or a list of both
// joined by commas, semicolons, "và" and line breaks ("Sở Nội vụ, các sở,
// ban, ngành, UBND cấp huyện"). It keeps its text and reads it into items
// without deciding what the names mean: a Registry resolves and expands them
// on a given day. The zero Selector names nothing.
type Selector struct {
	text  string
	items []Item
}

// Item is one entry of a selector's list.
type Item struct {
	// Text is the entry as written, trimmed ("Nội vụ", "Sở Nội vụ thẩm
	// định", "cấp xã").
	Text string
	// Name is the agency name to resolve, completed from the list's head
	// ("Sở Nội vụ" for "Nội vụ" in "Các Sở: Nội vụ, Tư pháp") and without
	// labels and qualifiers; "" for a group.
	Name string
	// Group is the group the entry names; GroupNone for one agency.
	Group Group
	// Partial is set by "có liên quan": only the related members are meant.
	Partial bool
	// Label is the role word the entry carries, folded: "chủ trì", "phối
	// hợp", "thẩm định", "tổng hợp"; "" when none.
	Label string
	// Err says why the entry cannot be read; nil when it can.
	Err error
}

// Equal reports whether two items read the same, errors compared by message.
func (it Item) Equal(o Item) bool {
	if (it.Err == nil) != (o.Err == nil) || (it.Err != nil && it.Err.Error() != o.Err.Error()) {
		return false
	}
	return it.Text == o.Text && it.Name == o.Name && it.Group == o.Group &&
		it.Partial == o.Partial && it.Label == o.Label
}

// ParseSelector reads a phrase with the names of the built-in catalogue
// (Default) to tell the commas inside a name ("Sở Văn hóa, Thể thao và Du
// lịch") from the commas between names. See Registry.ParseSelector.
func ParseSelector(text string) (Selector, error) { return Default().ParseSelector(text) }

// ParseSelector reads a phrase into items. Entries are separated by commas,
// semicolons, line breaks and the word "và", except where those belong to a
// name the registry knows or to a group phrase. A head ending in a colon
// distributes over the entries after it up to the next semicolon or line
// break ("Các Sở: Nội vụ, Tư pháp" names "Sở Nội vụ" and "Sở Tư pháp";
// "Chủ trì: Sở Nội vụ" labels it). A trailing role word ("Sở Nội vụ thẩm
// định") becomes the item's Label.
//
// Text with no entry at all is a *ParseError. Entries that cannot be read are
// kept with their Err set, and ParseSelector returns them joined as its
// error, together with the selector holding every entry.
func (r *Registry) ParseSelector(text string) (Selector, error) {
	sel := Selector{text: text}
	segs := splitSegments(text)
	var errs []error
	head, label := "", ""
	for i := 0; i < len(segs); {
		s := segs[i]
		if s.sep == ':' {
			head, label = r.readHead(text[s.start:s.end])
			i++
			continue
		}
		j := r.mergeSegments(text, segs, i)
		it := r.readItem(text, text[segs[i].start:segs[j].end], head, label)
		if it.Text != "" || it.Err != nil {
			if it.Err != nil {
				errs = append(errs, it.Err)
			}
			sel.items = append(sel.items, it)
		}
		if segs[j].sep == ';' || segs[j].sep == '\n' {
			head, label = "", ""
		}
		i = j + 1
	}
	if len(sel.items) == 0 {
		return sel, &ParseError{Input: text, Reason: "names no agency"}
	}
	return sel, errors.Join(errs...)
}

// segment is a stretch of text between separators.
type segment struct {
	start, end int  // byte span, trimmed of spaces and stray punctuation
	sep        byte // what ends it: ',', ';', '\n', ':', 'v' for "và", 0 at the end
}

// splitSegments cuts text at every separator. Merging back the pieces of a
// name is the registry's business.
func splitSegments(text string) []segment {
	var segs []segment
	start := 0
	emit := func(end int, sep byte) {
		segs = append(segs, trimSegment(text, start, end, sep))
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case ',', ';', ':', '\n':
			emit(i, c)
			start = i + 1
			i++
			continue
		case '\r':
			emit(i, '\n')
			start = i + 1
			i++
			continue
		}
		// The word "và" (any case) standing alone.
		if n := vaAt(text, i); n > 0 {
			emit(i, 'v')
			start = i + n
			i += n
			continue
		}
		i++
	}
	emit(len(text), 0)
	return segs
}

// vaAt returns the length of the word "và" at byte i of text, or 0.
func vaAt(text string, i int) int {
	if i > 0 && !isSpaceByte(text[i-1]) {
		return 0
	}
	for _, w := range []string{"và", "Và", "VÀ"} {
		if strings.HasPrefix(text[i:], w) {
			n := len(w)
			if i+n == len(text) || isSpaceByte(text[i+n]) {
				return n
			}
		}
	}
	return 0
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimSegment drops spaces and punctuation that belong to no name at the
// ends of a segment ("UBND cấp huyện." keeps no full stop).
func trimSegment(text string, start, end int, sep byte) segment {
	s := text[start:end]
	left := strings.TrimLeftFunc(s, isTrimmed)
	right := strings.TrimRightFunc(left, isTrimmed)
	start += len(s) - len(left)
	return segment{start: start, end: start + len(right), sep: sep}
}

func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '&' && r != '(' && r != ')') || unicode.IsSymbol(r)
}

// mergeSegments returns the last segment of the longest run from i, joined
// only by commas and "và", that the registry knows as one name or group.
func (r *Registry) mergeSegments(text string, segs []segment, i int) int {
	best := i
	prev := ""
	for j := i; j < len(segs); j++ {
		if j > i && segs[j-1].sep != ',' && segs[j-1].sep != 'v' {
			break
		}
		span := text[segs[i].start:segs[j].end]
		k := Key(span)
		if k == prev {
			break // the segment vanished into a "tỉnh X" tail: it is a name of its own
		}
		prev = k
		if r.known(k) {
			best = j
		}
		if !r.prefixes[k] && !r.prefixes[rules.lightKey(span)] {
			break
		}
	}
	return best
}

// known reports whether a key names an agency or a group, with or without a
// qualifier.
func (r *Registry) known(k string) bool {
	k, _ = stripQualifier(k)
	_, agency := r.byKey[k]
	_, group := rules.groups[k]
	return agency || group
}

// stripQualifier removes a trailing "có liên quan" or "liên quan".
func stripQualifier(k string) (string, bool) {
	for _, q := range rules.qualifiers {
		if rest, ok := strings.CutSuffix(k, " "+q); ok {
			return rest, true
		}
	}
	return k, false
}

// readHead reads the text before a colon: a role label ("Chủ trì") or the
// head a list shares ("Các Sở" gives "Sở").
func (r *Registry) readHead(text string) (head, label string) {
	k := Key(text)
	if slices.Contains(rules.labels, k) {
		return "", k
	}
	words := strings.Fields(text)
	if len(words) > 1 && Key(words[0]) == "các" {
		words = words[1:]
	}
	return strings.Join(words, " "), ""
}

// readItem classifies one entry.
func (r *Registry) readItem(input, text, head, label string) Item {
	it := Item{Text: text, Label: label}
	words := strings.Fields(text)
	// Role words at either end.
	for _, l := range rules.labels {
		n := len(strings.Fields(l))
		if len(words) > n && Key(strings.Join(words[len(words)-n:], " ")) == l {
			words, it.Label = words[:len(words)-n], l
			break
		}
		if len(words) > n && Key(strings.Join(words[:n], " ")) == l {
			words, it.Label = words[n:], l
			break
		}
	}
	name := strings.Trim(strings.Join(words, " "), "()")
	k := Key(name)
	if k == "" {
		if it.Text == "" {
			return Item{}
		}
		it.Err = &ParseError{Input: input, Item: text, Reason: "names no agency"}
		return it
	}
	if base, ok := stripQualifier(k); ok {
		k, it.Partial = base, true
		name = trimWords(name, len(strings.Fields(k)))
	}
	if g, ok := rules.groups[k]; ok {
		it.Group = g
		if g == Related {
			it.Partial = false // an open set already
		}
		return it
	}
	if head != "" && !strings.HasPrefix(k, Key(head)+" ") && k != Key(head) {
		name = head + " " + name
	}
	it.Name = name
	return it
}

// trimWords keeps the first n words of s.
func trimWords(s string, n int) string {
	words := strings.Fields(s)
	return strings.Join(words[:min(n, len(words))], " ")
}

// Text returns the phrase as given.
func (s Selector) Text() string { return s.text }

// String returns the phrase as given, so printing and parsing again gives an
// equal selector.
func (s Selector) String() string { return s.text }

// Items returns the entries, in the order of the text.
func (s Selector) Items() []Item { return slices.Clone(s.items) }

// IsZero reports whether s is the zero Selector.
func (s Selector) IsZero() bool { return s.text == "" && len(s.items) == 0 }

// Equal reports whether s and t have the same text and items.
func (s Selector) Equal(t Selector) bool {
	return s.text == t.text && slices.EqualFunc(s.items, t.items, Item.Equal)
}

// MarshalText encodes the selector as its text.
func (s Selector) MarshalText() ([]byte, error) { return []byte(s.text), nil }

// UnmarshalText reads a phrase with ParseSelector. Entries that cannot be
// read are kept in the selector and reported as the error.
func (s *Selector) UnmarshalText(b []byte) error {
	v, err := ParseSelector(string(b))
	*s = v
	return err
}

// Match is what one item of a selector stands for on a day.
type Match struct {
	Item Item
	// IDs are the agencies of the item, in collation order for a group.
	IDs []ID
	// Open is set when agencies beyond IDs may be meant: "các cơ quan có
	// liên quan", or a district or commune group on a registry with no
	// hierarchy (or the hierarchies of several provinces).
	Open bool
	// Partial is set when only some of IDs are meant ("có liên quan").
	Partial bool
	// Err says why the item does not resolve (a *LookupError, or the
	// item's own Err).
	Err error
}

// Expansion is what a whole selector stands for on a day.
type Expansion struct {
	IDs     []ID // every agency, once, in the order of the items
	Open    bool // some item is an open set
	Partial bool // some item means only some of its agencies
	Matches []Match
}

// Expand resolves the items of sel against the registry on day on: names to
// agencies, groups to the agencies of that group that existed that day. A
// named agency is kept even if it did not exist that day: a plan names what
// it names (ask Successor for today's holder). Items that do not resolve are
// reported in their Match and joined in the error; the Expansion still holds
// everything that did resolve.
func (r *Registry) Expand(sel Selector, on calendar.Date) (Expansion, error) {
	var exp Expansion
	var errs []error
	var seen map[ID]bool
	if len(sel.items) > 1 {
		seen = make(map[ID]bool)
	}
	exp.Matches = make([]Match, 0, len(sel.items))
	for _, it := range sel.items {
		m := r.match(it, on)
		exp.Matches = append(exp.Matches, m)
		exp.Open = exp.Open || m.Open
		exp.Partial = exp.Partial || m.Partial
		if m.Err != nil {
			errs = append(errs, m.Err)
		}
		if seen == nil {
			exp.IDs = m.IDs // one item: its IDs are distinct already
			continue
		}
		for _, id := range m.IDs {
			if !seen[id] {
				seen[id] = true
				exp.IDs = append(exp.IDs, id)
			}
		}
	}
	return exp, errors.Join(errs...)
}

// ExpandText parses a phrase with the registry and expands it: the one-liner
// for r.Expand(r.ParseSelector(text)). Parse and resolution errors are joined.
func (r *Registry) ExpandText(text string, on calendar.Date) (Expansion, error) {
	sel, perr := r.ParseSelector(text)
	exp, err := r.Expand(sel, on)
	if perr != nil {
		// Item errors appear in both; report each once.
		if len(sel.items) == 0 {
			return exp, perr
		}
		return exp, err
	}
	return exp, err
}

func (r *Registry) match(it Item, on calendar.Date) Match {
	m := Match{Item: it, Partial: it.Partial}
	switch {
	case it.Err != nil:
		m.Err = it.Err
	case it.Group == Related:
		m.Open = true
	case it.Group != GroupNone:
		if (it.Group == Districts || it.Group == Communes) && !r.territorial {
			m.Open = true
			break
		}
		members := r.members[it.Group]
		m.IDs = make([]ID, 0, len(members))
		for _, at := range members {
			if a := &r.agencies[at]; a.ValidOn(on) {
				m.IDs = append(m.IDs, a.ID)
			}
		}
		if len(m.IDs) == 0 && (it.Group == Districts || it.Group == Communes) {
			m.Open = true // no hierarchy loaded for that day
		}
	default:
		id, err := r.Resolve(it.Name)
		if err != nil {
			m.Err = err
			break
		}
		m.IDs = []ID{id}
	}
	return m
}
