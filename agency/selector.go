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
	// Title is the head the entry names, folded: "thủ trưởng", "giám đốc",
	// "chủ tịch", "người đứng đầu"; "" when none. A duty given to the head
	// of an agency or group is the agency's or group's: Name and Group are
	// read without the title ("Giám đốc Sở Tài chính" is the Sở Tài chính,
	// "Thủ trưởng các sở, ban, ngành" the group Agencies).
	Title string
	// Err says why the entry cannot be read; nil when it can.
	Err error
}

// Equal reports whether two items read the same, errors compared by message.
func (it Item) Equal(o Item) bool {
	if (it.Err == nil) != (o.Err == nil) || (it.Err != nil && it.Err.Error() != o.Err.Error()) {
		return false
	}
	return it.Text == o.Text && it.Name == o.Name && it.Group == o.Group &&
		it.Partial == o.Partial && it.Label == o.Label && it.Title == o.Title
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
// The title of a head ("Thủ trưởng các sở, ban, ngành", "Giám đốc Sở Tài
// chính") becomes the item's Title; an entry that starts with "các" and has
// no title of its own takes the one before it ("người đứng đầu các cấp, các
// ngành"). A clause that describes an entry ("Các thành viên UBND thị xã
// được phân công phụ trách các ngành, các lĩnh vực") belongs to it up to the
// end of the list. Group phrases written back to back, their separator lost
// ("UBND cấp huyện UBND cấp xã"), are one item each.
//
// Text with no entry at all is a *ParseError. Entries that cannot be read are
// kept with their Err set, and ParseSelector returns them joined as its
// error, together with the selector holding every entry.
func (r *Registry) ParseSelector(text string) (Selector, error) {
	sel := Selector{text: text}
	segs := splitSegments(text)
	var errs []error
	var list shared // what a head before a colon gives the entries after it
	prevTitle := "" // the entry before's title, for an entry with "các"
	for i := 0; i < len(segs); {
		s := segs[i]
		if s.sep == ':' {
			list = r.readHead(text[s.start:s.end])
			i++
			continue
		}
		j, known := r.mergeSegments(text, segs, i)
		entry := text[segs[i].start:segs[j].end]
		clause := rules.clauseAt(entry)
		parts := []string{entry}
		switch {
		case clause >= 0:
			j = listEnd(segs, j)
			parts[0] = text[segs[i].start:segs[j].end]
		case !known:
			parts = r.splitGroups(entry)
		}
		for _, part := range parts {
			from := list
			if from.title == "" && startsWithCac(part) {
				from.title = prevTitle
			}
			it := r.readItem(text, part, clause, from)
			prevTitle = it.Title
			if it.Text != "" || it.Err != nil {
				if it.Err != nil {
					errs = append(errs, it.Err)
				}
				sel.items = append(sel.items, it)
			}
		}
		if segs[j].sep == ';' || segs[j].sep == '\n' {
			list, prevTitle = shared{}, ""
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
// only by commas and "và", that the registry knows as one name or group,
// and whether it knows it: segment i alone otherwise. A head's title before
// the run is no part of the name ("Thủ trưởng các sở, ban, ngành").
func (r *Registry) mergeSegments(text string, segs []segment, i int) (last int, known bool) {
	best := i
	prev := ""
	_, off := rules.cutTitle(text[segs[i].start:segs[i].end])
	start := segs[i].start + off
	for j := i; j < len(segs); j++ {
		if j > i && segs[j-1].sep != ',' && segs[j-1].sep != 'v' {
			break
		}
		span := text[start:segs[j].end]
		k := Key(span)
		if k == prev {
			break // the segment vanished into a "tỉnh X" tail: it is a name of its own
		}
		prev = k
		if r.known(k) {
			best, known = j, true
		}
		if !r.prefixes[k] && !r.prefixes[rules.lightKey(span)] {
			break
		}
	}
	return best, known
}

// listEnd returns the last segment of the list segment j belongs to: the
// list ends at a semicolon, a line break, a head before a colon or the end.
func listEnd(segs []segment, j int) int {
	for j+1 < len(segs) && (segs[j].sep == ',' || segs[j].sep == 'v') && segs[j+1].sep != ':' {
		j++
	}
	return j
}

// known reports whether a key names an agency or a group, with or without a
// qualifier.
func (r *Registry) known(k string) bool {
	k, _ = stripQualifier(k)
	_, agency := r.byKey[k]
	_, group := rules.groups[k]
	return agency || group || len(r.byType[k]) == 1
}

// splitGroups cuts an entry the registry does not know as a whole, when it
// is nothing but group phrases written back to back ("UBND cấp huyện UBND
// cấp xã": a line break lost in extraction), into those phrases, the head's
// title staying with the first. Any other entry is returned whole: an
// unknown name stays one item, to be reported.
func (r *Registry) splitGroups(entry string) []string {
	whole := []string{entry}
	_, off := rules.cutTitle(entry)
	words := rawWords(nil, entry[off:], -1)
	var parts []string
	from := 0
	for i := 0; i < len(words); {
		// The longest group phrase that starts at word i. The key of a
		// longer run can stay a prefix for ever ("Sở Sở Sở ..." folds to
		// "sở"), so the run is bounded by the longest phrase: the cost stays
		// linear in the entry.
		end := -1
		for e := i; e < min(len(words), i+rules.groupWords); e++ {
			k := Key(entry[off+words[i].start : off+words[e].end])
			if _, ok := rules.groups[k]; ok {
				end = e
			}
			if !r.prefixes[k] {
				break
			}
		}
		if end < 0 {
			return whole
		}
		parts = append(parts, entry[from:off+words[end].end])
		if end+1 < len(words) {
			from = off + words[end+1].start
		}
		i = end + 1
	}
	if len(parts) < 2 {
		return whole
	}
	return parts
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

// startsWithCac reports whether text starts with the word "các".
func startsWithCac(text string) bool {
	var buf [1]rawWord
	w := rawWords(buf[:0], text, 1)
	return len(w) == 1 && w[0].plainKey() == "cac"
}

// shared is what a list gives its entries: the head of the list ("Sở" in
// "Các Sở: Nội vụ, Tư pháp"), a role label, a head's title.
type shared struct{ head, label, title string }

// readHead reads the text before a colon: a role label ("Chủ trì") or the
// head a list shares ("Các Sở" gives "Sở"), with the title of its heads
// ("Giám đốc các Sở").
func (r *Registry) readHead(text string) shared {
	k := Key(text)
	if slices.Contains(rules.labels, k) {
		return shared{label: k}
	}
	var sh shared
	if t, at := rules.cutTitle(text); at > 0 {
		sh.title, text = t, text[at:]
	}
	words := strings.Fields(text)
	if len(words) > 1 && Key(words[0]) == "các" {
		words = words[1:]
	}
	sh.head = strings.Join(words, " ")
	return sh
}

// readItem classifies one entry: text, with a clause describing it from
// byte clause on (-1 for none), and what its list gives it.
func (r *Registry) readItem(input, text string, clause int, from shared) Item {
	it := Item{Text: text, Label: from.label, Title: from.title}
	head := from.head
	name := text
	if clause > 0 {
		name = text[:clause]
	}
	words := strings.Fields(name)
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
	name = strings.Trim(strings.Join(words, " "), "()")
	// A name of the data that starts like a title stays whole.
	if t, at := rules.cutTitle(name); at > 0 && !r.known(Key(name)) {
		it.Title, name = t, name[at:]
	}
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
	// liên quan", the groups no registry lists in full (Party committees,
	// mass organisations, a district's offices), or a group of districts or
	// communes on a registry with no hierarchy for that day (or the
	// hierarchies of several provinces).
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
	case it.Group != GroupNone:
		rule := groupRules[it.Group]
		members := r.members[it.Group]
		if len(members) > 0 {
			m.IDs = make([]ID, 0, len(members))
		}
		var levels [Commune + 1]bool // levels with a member that day
		for _, at := range members {
			if a := &r.agencies[at]; a.ValidOn(on) {
				m.IDs = append(m.IDs, a.ID)
				levels[a.Level] = true
			}
		}
		m.Open = rule.open
		for _, l := range rule.levels {
			// No district or commune that day: no hierarchy loaded for it,
			// or a registry of several provinces.
			m.Open = m.Open || (local(l) && !levels[l])
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
