package agency

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/vntext"
)

// Registry is one province's view of the agencies: built once from data, then
// read-only and safe for concurrent use.
type Registry struct {
	agencies []Agency         // in Vietnamese collation order of Name
	index    map[ID]int32     // ID -> position in agencies
	byName   map[string]int32 // every name exactly as written
	byKey    map[string]int32 // Key of every name
	byPlain  map[string]int32 // Key without diacritics; -1 where two agencies share it
	plainAll map[string][]int32
	byType   map[string][]int32 // committees by their name's type: "ubnd tx" -> every "UBND thị xã ..."
	suggest  []suggestion       // plain keys for "did you mean"
	prefixes map[string]bool    // word prefixes of keys and phrases, for splitting selectors
	children map[ID][]int32
	members  [len(groupRules)][]int32
	// territorial is false when the registry holds the hierarchies of
	// several provinces, so "UBND cấp huyện" cannot say whose districts.
	territorial bool
	provinces   []string
	transfers   map[ID][]Transfer // by From, sorted by On
	duties      map[Duty]string
}

type suggestion struct {
	plain string
	runes int // length of plain in runes
	at    int32
}

// groupRules says which agencies a group holds, by levels and kinds, and
// whether the registry can list them all. Related holds none: it is an open
// set.
var groupRules = [...]struct {
	levels []Level
	kinds  []Kind
	open   bool
}{
	Agencies:          {[]Level{Province}, []Kind{Department, Office, CentralBranch}, false},
	Departments:       {[]Level{Province}, []Kind{Department, Office}, false},
	Districts:         {[]Level{District}, []Kind{PeoplesCommittee}, false},
	Communes:          {[]Level{Commune}, []Kind{PeoplesCommittee}, false},
	Related:           {nil, nil, true},
	Committees:        {[]Level{Province, District, Commune}, []Kind{PeoplesCommittee}, false},
	DistrictOffices:   {[]Level{District}, []Kind{Department, Office}, true},
	PartyCommittees:   {[]Level{Province, District, Commune}, []Kind{Party}, true},
	MassOrganisations: {[]Level{Province, District, Commune}, []Kind{MassOrganisation}, true},
}

// local reports whether agencies of level l belong to one province's
// hierarchy, which a registry of several provinces cannot tell apart.
func local(l Level) bool { return l == District || l == Commune }

var defaultRegistry = sync.OnceValue(func() *Registry {
	cats := []Catalogue{Builtin()}
	for _, p := range SeedProvinces() {
		c, err := SeedProvince(p)
		if err != nil {
			panic(err)
		}
		cats = append(cats, c)
	}
	r, err := New(cats...)
	if err != nil {
		// The shipped data is tested; a problem in it is a build defect.
		panic(err)
	}
	return r
})

// Default returns the built-in registry: the generic catalogue of every
// period (before and after the 2025 restructuring) and the local data of the
// seed provinces, so that every agency the seed plans name resolves. It holds
// several provinces, so it cannot expand "UBND cấp huyện": use ForProvince for
// one province's view.
func Default() *Registry { return defaultRegistry() }

// ForProvince returns the registry of one seed province: the generic
// catalogue and the province's own data (SeedProvince). Any other province is
// a *ValueError.
func ForProvince(name string) (*Registry, error) {
	p, err := SeedProvince(name)
	if err != nil {
		return nil, err
	}
	return New(Builtin(), p)
}

// New builds a registry from catalogues, typically Builtin() and a province's
// own list. It checks all the data and reports every problem at once, joined
// with errors.Join: *DataError, *ParentError and *CycleError values. New
// returns a usable registry even then, built from the entries without
// problems (an agency whose parent is missing is kept without the parent).
func New(cats ...Catalogue) (*Registry, error) {
	b := builder{r: &Registry{
		index:     map[ID]int32{},
		byName:    map[string]int32{},
		byKey:     map[string]int32{},
		byPlain:   map[string]int32{},
		plainAll:  map[string][]int32{},
		byType:    map[string][]int32{},
		prefixes:  map[string]bool{},
		children:  map[ID][]int32{},
		transfers: map[ID][]Transfer{},
		duties:    map[Duty]string{},
	}}
	for _, c := range cats {
		b.addAgencies(c)
	}
	b.sortAgencies()
	b.checkParents()
	b.indexNames()
	for _, c := range cats {
		b.addTransfers(c)
	}
	b.checkCycles()
	b.groupMembers()
	return b.r, errors.Join(b.problems...)
}

type builder struct {
	r        *Registry
	problems []error
	source   map[ID]string // catalogue each agency came from
}

func (b *builder) problem(err error) { b.problems = append(b.problems, err) }

func (b *builder) addAgencies(c Catalogue) {
	if b.source == nil {
		b.source = map[ID]string{}
	}
	for i, a := range c.Agencies {
		entry := a.ID.String()
		if entry == "" {
			entry = fmt.Sprintf("agency %d %q", i+1, a.Name)
		}
		fail := func(field, reason string) {
			b.problem(&DataError{Source: c.Name, Entry: entry, Field: field, Reason: reason})
		}
		if strings.TrimSpace(a.Name) == "" {
			fail("name", "empty")
			continue
		}
		if a.ID == "" {
			id, err := MakeID(a.Name)
			if err != nil {
				fail("name", "gives no id")
				continue
			}
			a.ID = id
		} else if _, err := ParseID(string(a.ID)); err != nil {
			fail("id", err.Error())
			continue
		}
		if _, dup := b.r.index[a.ID]; dup {
			fail("id", "duplicate id "+string(a.ID))
			continue
		}
		if a.Level == LevelUnspecified {
			fail("level", "missing")
		}
		if a.Kind == KindUnspecified {
			fail("kind", "missing")
		}
		if !a.From.IsZero() && !a.Until.IsZero() && a.Until.Before(a.From) {
			fail("until", fmt.Sprintf("%s is before from %s", a.Until, a.From))
			continue
		}
		if a.Province == "" {
			a.Province = c.Province
		}
		a.Abbreviations = slices.Clone(a.Abbreviations)
		a.Aliases = slices.Clone(a.Aliases)
		b.source[a.ID] = c.Name
		b.r.index[a.ID] = int32(len(b.r.agencies))
		b.r.agencies = append(b.r.agencies, a)
		if a.Province != "" && !slices.Contains(b.r.provinces, a.Province) {
			b.r.provinces = append(b.r.provinces, a.Province)
		}
	}
	for d, text := range c.Duties {
		b.r.duties[d] = text
	}
}

// sortAgencies puts the agencies in Vietnamese collation order of their
// names, so every list the registry returns is in that order for free.
func (b *builder) sortAgencies() {
	col := vntext.NewCollator()
	keys := make(map[ID][]byte, len(b.r.agencies))
	for _, a := range b.r.agencies {
		keys[a.ID] = col.SortKey(a.Name)
	}
	slices.SortFunc(b.r.agencies, func(x, y Agency) int {
		if c := bytes.Compare(keys[x.ID], keys[y.ID]); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	for i, a := range b.r.agencies {
		b.r.index[a.ID] = int32(i)
	}
	slices.Sort(b.r.provinces)
	b.r.territorial = len(b.r.provinces) <= 1
}

func (b *builder) checkParents() {
	for i := range b.r.agencies {
		a := &b.r.agencies[i]
		if a.Parent == "" {
			continue
		}
		if _, ok := b.r.index[a.Parent]; !ok || a.Parent == a.ID {
			b.problem(&ParentError{ID: a.ID, Parent: a.Parent})
			a.Parent = ""
			continue
		}
		b.r.children[a.Parent] = append(b.r.children[a.Parent], int32(i))
	}
}

func (b *builder) indexNames() {
	r := b.r
	for i, a := range r.agencies {
		at := int32(i)
		for _, name := range a.Names() {
			if j, ok := r.byName[name]; ok && j != at {
				b.problem(&DataError{Source: b.source[a.ID], Entry: string(a.ID), Field: "name",
					Reason: fmt.Sprintf("%q is also a name of %s", name, r.agencies[j].ID)})
				continue
			}
			r.byName[name] = at
			k := Key(name)
			if k == "" {
				continue
			}
			if j, ok := r.byKey[k]; ok && j != at {
				b.problem(&DataError{Source: b.source[a.ID], Entry: string(a.ID), Field: "name",
					Reason: fmt.Sprintf("%q folds to %q like a name of %s", name, k, r.agencies[j].ID)})
				continue
			}
			r.byKey[k] = at
			p := vntext.Plain(k)
			if !slices.Contains(r.plainAll[p], at) {
				r.plainAll[p] = append(r.plainAll[p], at)
				r.suggest = append(r.suggest, suggestion{plain: p, runes: utf8.RuneCountInString(p), at: at})
			}
			if j, ok := r.byPlain[p]; ok && j != at {
				r.byPlain[p] = -1 // two agencies without diacritics: ask
			} else {
				r.byPlain[p] = at
			}
			if t := rules.committeeType(k); t != "" && a.Kind == PeoplesCommittee && !slices.Contains(r.byType[t], at) {
				r.byType[t] = append(r.byType[t], at)
			}
			addPrefixes(r.prefixes, k)
			addPrefixes(r.prefixes, rules.lightKey(name))
		}
	}
	// By length, for the search of the closest names (closest).
	slices.SortStableFunc(r.suggest, func(x, y suggestion) int { return cmp.Compare(x.runes, y.runes) })
	for k := range rules.groups {
		addPrefixes(r.prefixes, k)
	}
	for _, k := range rules.groupLight {
		addPrefixes(r.prefixes, k)
	}
}

// addPrefixes records every word prefix of a key: "kế", "kế hoạch", "kế
// hoạch đầu tư".
func addPrefixes(set map[string]bool, k string) {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			set[k[:i]] = true
		}
	}
	set[k] = true
}

func (b *builder) addTransfers(c Catalogue) {
	r := b.r
	for i, t := range c.Transfers {
		entry := fmt.Sprintf("transfer %d (%s -> %s)", i+1, t.From, t.To)
		fail := func(field, reason string) {
			b.problem(&DataError{Source: c.Name, Entry: entry, Field: field, Reason: reason})
		}
		from, okFrom := r.index[t.From]
		_, okTo := r.index[t.To]
		switch {
		case !okFrom:
			fail("from", "unknown agency "+string(t.From))
			continue
		case !okTo:
			fail("to", "unknown agency "+string(t.To))
			continue
		case t.From == t.To:
			fail("to", "same as from")
			continue
		case t.On.IsZero():
			fail("on", "missing")
			continue
		}
		if t.Duty != "" {
			if _, err := ParseID(string(t.Duty)); err != nil {
				fail("duty", fmt.Sprintf("%q is not a code word", string(t.Duty)))
				continue
			}
		} else if u := r.agencies[from].Until; !u.IsZero() && t.On != u.AddDays(1) {
			fail("on", fmt.Sprintf("%s is not the day after %s ends (%s)", t.On, t.From, u))
			continue
		}
		dup := false
		for _, o := range r.transfers[t.From] {
			if o.Duty == t.Duty && o.On == t.On {
				fail("on", fmt.Sprintf("a transfer of the same duties on %s exists (to %s)", t.On, o.To))
				dup = true
			}
		}
		if dup {
			continue
		}
		list := append(r.transfers[t.From], t)
		slices.SortStableFunc(list, func(x, y Transfer) int { return x.On.Compare(y.On) })
		r.transfers[t.From] = list
	}
}

// checkCycles finds transfers that lead back to their start, for each duty
// and for whole agencies, reports each cycle and drops the transfer that
// closes it.
func (b *builder) checkCycles() {
	r := b.r
	duties := map[Duty]bool{"": true}
	for _, list := range r.transfers {
		for _, t := range list {
			duties[t.Duty] = true
		}
	}
	order := slices.Sorted(func(yield func(Duty) bool) {
		for d := range duties {
			if !yield(d) {
				return
			}
		}
	})
	for _, d := range order {
		state := map[ID]int{} // 0 unseen, 1 on the path, 2 done
		var path []ID
		var visit func(id ID)
		visit = func(id ID) {
			state[id] = 1
			path = append(path, id)
			list := r.transfers[id]
			for i := 0; i < len(list); i++ {
				t := list[i]
				if t.Duty != d && (d == "" || t.Duty != "") {
					continue // a whole-agency move carries every duty
				}
				switch state[t.To] {
				case 1:
					start := slices.Index(path, t.To)
					cycle := append(slices.Clone(path[start:]), t.To)
					b.problem(&CycleError{Duty: d, Path: cycle})
					list = slices.Delete(list, i, i+1)
					r.transfers[id] = list
					i--
				case 0:
					visit(t.To)
				}
			}
			path = path[:len(path)-1]
			state[id] = 2
		}
		for _, a := range r.agencies {
			if state[a.ID] == 0 {
				visit(a.ID)
			}
		}
	}
}

// groupMembers lists the agencies of each group of every period. A registry
// of several provinces lists no district or commune: it cannot say whose.
func (b *builder) groupMembers() {
	r := b.r
	for g, rule := range groupRules {
		for i, a := range r.agencies {
			if slices.Contains(rule.levels, a.Level) && slices.Contains(rule.kinds, a.Kind) &&
				(r.territorial || !local(a.Level)) {
				r.members[g] = append(r.members[g], int32(i))
			}
		}
	}
}

// plainKey is the loose key: Key without diacritics.
func plainKey(name string) string { return vntext.Plain(Key(name)) }

// Resolve finds the agency a name means, however a plan spells it: an ID
// ("so-noi-vu"), a name, short name, abbreviation or alias exactly as
// written, then its folded Key ("Sở Nội Vụ", "Sở Nội vụ tỉnh Thái Nguyên"),
// then the Key without diacritics ("So Noi vu"). A committee named by its
// type alone ("UBND thị xã") resolves when the registry holds one committee
// of that type. The title of a head before a name means the agency itself:
// "Giám đốc Sở Tài chính" is the Sở Tài chính. A name that matches nothing
// is a *LookupError wrapping ErrUnknown (with the closest candidates),
// ErrEmpty or ErrAmbiguous.
func (r *Registry) Resolve(name string) (ID, error) {
	if at, ok := r.lookup(name); ok {
		return r.agencies[at].ID, nil
	}
	return "", r.lookupError(name)
}

// Lookup is Resolve without the error: the ID and whether the name resolved.
// For a name that is already a Key it allocates nothing.
func (r *Registry) Lookup(name string) (ID, bool) {
	if at, ok := r.lookup(name); ok {
		return r.agencies[at].ID, true
	}
	return "", false
}

// lookup finds the agency of a name, or of the name after the title of its
// head. One title only: stripping them one by one, each time folding the
// rest again, would cost the square of the length of "Giám đốc Giám đốc ...".
func (r *Registry) lookup(name string) (int32, bool) {
	if at, ok := r.lookupName(name); ok {
		return at, true
	}
	if _, rest := rules.cutTitle(name); rest > 0 {
		return r.lookupName(name[rest:])
	}
	return 0, false
}

func (r *Registry) lookupName(name string) (int32, bool) {
	if at, ok := r.index[ID(name)]; ok {
		return at, true
	}
	if at, ok := r.byName[name]; ok {
		return at, true
	}
	k := Key(name)
	if k == "" {
		return 0, false
	}
	if at, ok := r.byKey[k]; ok {
		return at, true
	}
	if ats := r.byType[k]; len(ats) == 1 {
		return ats[0], true
	}
	if at, ok := r.byPlain[vntext.Plain(k)]; ok && at >= 0 {
		return at, true
	}
	// Text typed without diacritics: "So Noi vu" loses "sở" only under the
	// plain rules.
	if at, ok := r.byPlain[plainRules.key(vntext.Plain(vntext.Key(name)))]; ok && at >= 0 {
		return at, true
	}
	return 0, false
}

// maxCandidates is how many closest agencies an unknown name reports.
const maxCandidates = 3

func (r *Registry) lookupError(name string) error {
	// A head's title is no part of the agency's name: "Giám đốc Sở Ngoại
	// vụ" is closest to the Sở Nội vụ, as "Sở Ngoại vụ" is.
	query := name
	if _, rest := rules.cutTitle(name); rest > 0 {
		query = name[rest:]
	}
	k := Key(query)
	if k == "" {
		return &LookupError{Name: name, Err: ErrEmpty}
	}
	p := vntext.Plain(k)
	all := r.plainAll[p]
	if len(all) <= 1 {
		all = r.byType[k]
	}
	if len(all) > 1 {
		e := &LookupError{Name: name, Err: ErrAmbiguous}
		for _, at := range all {
			e.Candidates = append(e.Candidates, Candidate{ID: r.agencies[at].ID, Name: r.agencies[at].Name})
		}
		return e
	}
	return &LookupError{Name: name, Err: ErrUnknown, Candidates: r.closest(p)}
}

// closest returns the agencies with the names closest to the plain key p by
// edit distance, nearest first, at most maxCandidates. An edit distance is at
// least the difference of the lengths, so the search goes from names of p's
// length to longer and to shorter ones, each way only while that difference
// is within the distances found: a short name costs a few comparisons, not
// one per name of the registry. A name more than twice as long as every name
// is nothing like any of them and has no candidate; comparing it would cost
// its length times the whole catalogue.
func (r *Registry) closest(p string) []Candidate {
	n := utf8.RuneCountInString(p)
	if len(r.suggest) == 0 || n > 2*r.suggest[len(r.suggest)-1].runes {
		return nil
	}
	var top []Candidate // the nearest agencies so far, in the order returned
	before := func(x, y Candidate) int {
		return cmp.Or(cmp.Compare(x.Distance, y.Distance), cmp.Compare(x.ID, y.ID))
	}
	// limit is the distance beyond which a name cannot enter top.
	limit := func() int {
		if len(top) < maxCandidates {
			return math.MaxInt
		}
		return top[len(top)-1].Distance
	}
	add := func(s suggestion) {
		a := &r.agencies[s.at]
		c := Candidate{ID: a.ID, Name: a.Name, Distance: vntext.Distance(p, s.plain)}
		if i := slices.IndexFunc(top, func(t Candidate) bool { return t.ID == c.ID }); i >= 0 {
			top[i].Distance = min(top[i].Distance, c.Distance)
		} else if len(top) < maxCandidates {
			top = append(top, c)
		} else if before(c, top[len(top)-1]) < 0 {
			top[len(top)-1] = c
		}
		slices.SortFunc(top, before)
	}
	at, _ := slices.BinarySearchFunc(r.suggest, n, func(s suggestion, n int) int { return cmp.Compare(s.runes, n) })
	for _, s := range r.suggest[at:] {
		if s.runes-n > limit() {
			break
		}
		add(s)
	}
	for i := at - 1; i >= 0 && n-r.suggest[i].runes <= limit(); i-- {
		add(r.suggest[i])
	}
	return top
}

// Agency returns the agency with the given ID.
func (r *Registry) Agency(id ID) (Agency, bool) {
	at, ok := r.index[id]
	if !ok {
		return Agency{}, false
	}
	return r.agencies[at], true
}

// Name returns the Vietnamese name of the agency, or the ID itself when the
// registry does not hold it, so printing never loses the reference.
func (r *Registry) Name(id ID) string {
	if a, ok := r.Agency(id); ok {
		return a.Name
	}
	return string(id)
}

// Agencies returns the agencies that existed on day on (all of them for the
// zero Date), in Vietnamese collation order of their names.
func (r *Registry) Agencies(on calendar.Date) []Agency {
	var out []Agency
	for _, a := range r.agencies {
		if a.ValidOn(on) {
			out = append(out, a)
		}
	}
	return out
}

// Len returns the number of agencies of every period.
func (r *Registry) Len() int { return len(r.agencies) }

// Provinces lists the provinces whose local data the registry holds.
func (r *Registry) Provinces() []string { return slices.Clone(r.provinces) }

// Duty returns the Vietnamese description of a duty code word, "" when the
// data does not describe it.
func (r *Registry) Duty(d Duty) string { return r.duties[d] }

// Transfers returns the transfers of duties away from id, oldest first.
func (r *Registry) Transfers(id ID) []Transfer { return slices.Clone(r.transfers[id]) }

// Parent returns the body id belongs to; false when it has none or the
// registry does not hold id.
func (r *Registry) Parent(id ID) (ID, bool) {
	a, ok := r.Agency(id)
	if !ok || a.Parent == "" {
		return "", false
	}
	return a.Parent, true
}

// Children returns the agencies directly under id that existed on day on
// (all of them for the zero Date), in collation order.
func (r *Registry) Children(id ID, on calendar.Date) []ID {
	var out []ID
	for _, at := range r.children[id] {
		if a := r.agencies[at]; a.ValidOn(on) {
			out = append(out, a.ID)
		}
	}
	return out
}

// SortIDs sorts ids in Vietnamese collation order of their agencies' names;
// IDs the registry does not hold go last, in byte order.
func (r *Registry) SortIDs(ids []ID) {
	slices.SortFunc(ids, func(x, y ID) int {
		ax, okx := r.index[x]
		ay, oky := r.index[y]
		switch {
		case okx && oky:
			return cmp.Compare(ax, ay)
		case okx:
			return -1
		case oky:
			return 1
		}
		return cmp.Compare(x, y)
	})
}
