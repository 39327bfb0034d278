package agency

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/openpar/cchc/internal/vntext"
)

//go:embed data/phrases.json
var phrasesJSON []byte

// phraseData is the shape of data/phrases.json.
type phraseData struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Key     struct {
		Dropped        []string    `json:"dropped"`
		Head           string      `json:"head"`
		ProvinceSuffix []string    `json:"province_suffix"`
		ProvinceWords  []string    `json:"province_words"`
		Abbreviations  [][2]string `json:"abbreviations"`
	} `json:"key"`
	Groups     map[string][]string `json:"groups"`
	Qualifiers []string            `json:"qualifiers"`
	Labels     []string            `json:"labels"`
	Titles     []string            `json:"titles"`
	Clauses    []string            `json:"clauses"`
	Committees []string            `json:"committee_types"`
}

// keyRules are the folding rules of data/phrases.json in the form the key
// function uses. They are read once and never change.
type keyRules struct {
	dropped       map[string]bool
	head          string
	suffixes      [][]string // word sequences that start the "tỉnh X" tail
	provinceWords [][]string // "tỉnh ủy": tỉnh as part of a name, not a tail
	abbreviations []abbreviation
	groups        map[string]Group // key of a group phrase -> group
	groupLight    []string         // light keys of the group phrases
	groupWords    int              // the most words of raw text a group phrase can take
	qualifiers    []string         // keys, longest first
	labels        []string         // keys
	titles        []title          // longest first
	clauses       [][]string       // words without diacritics
	committees    [][]string       // keys of "UBND huyện", "UBND thị xã", ... as words
}

// title is the title of a head: its key, and its words without diacritics,
// matched on raw text so that "Giam doc" is a title too.
type title struct {
	key   string
	plain []string
}

type abbreviation struct {
	long  []string
	short string
}

// rules fold names with diacritics; plainRules are the same rules without
// diacritics, for text typed without them ("So Noi vu").
var rules, plainRules = mustLoadRules(false), mustLoadRules(true)

func mustLoadRules(plain bool) *keyRules {
	r, err := loadRules(phrasesJSON, plain)
	if err != nil {
		// The file is part of the package; a broken one is a build defect.
		panic(err)
	}
	return r
}

func loadRules(b []byte, plain bool) (*keyRules, error) {
	var d phraseData
	fold := vntext.Key
	if plain {
		fold = func(s string) string { return vntext.Plain(vntext.Key(s)) }
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("agency: data/phrases.json: %w", err)
	}
	if d.Format != "cchc-agency-phrases" || d.Version != 1 {
		return nil, fmt.Errorf("agency: data/phrases.json: unsupported format %q version %d", d.Format, d.Version)
	}
	r := &keyRules{dropped: map[string]bool{}, head: fold(d.Key.Head), groups: map[string]Group{}}
	for _, w := range d.Key.Dropped {
		r.dropped[fold(w)] = true
	}
	for _, s := range d.Key.ProvinceSuffix {
		r.suffixes = append(r.suffixes, strings.Fields(fold(s)))
	}
	for _, s := range d.Key.ProvinceWords {
		r.provinceWords = append(r.provinceWords, strings.Fields(fold(s)))
	}
	for _, a := range d.Key.Abbreviations {
		r.abbreviations = append(r.abbreviations, abbreviation{long: strings.Fields(fold(a[0])), short: fold(a[1])})
	}
	for code, phrases := range d.Groups {
		g, ok := groupByCode(code)
		if !ok {
			return nil, fmt.Errorf("agency: data/phrases.json: unknown group %q", code)
		}
		for _, p := range phrases {
			k := r.key(p)
			r.groups[k] = g
			r.groupLight = append(r.groupLight, r.lightKey(p))
			r.groupWords = max(r.groupWords, r.fullWords(k))
		}
	}
	// As many words again for the "và", a leading "sở" and a "tỉnh X" tail
	// that the key leaves out.
	r.groupWords *= 2
	for _, q := range d.Qualifiers {
		r.qualifiers = append(r.qualifiers, fold(q))
	}
	for _, l := range d.Labels {
		r.labels = append(r.labels, fold(l))
	}
	for _, t := range d.Titles {
		r.titles = append(r.titles, title{key: fold(t), plain: plainWords(t)})
	}
	// "Phó chủ tịch" must win over "chủ tịch" whatever the order of the file.
	slices.SortStableFunc(r.titles, func(a, b title) int { return len(b.plain) - len(a.plain) })
	for _, c := range d.Clauses {
		r.clauses = append(r.clauses, plainWords(c))
	}
	for _, c := range d.Committees {
		r.committees = append(r.committees, strings.Fields(r.key(c)))
	}
	return r, nil
}

// Key returns the folded lookup key of an agency name: vntext folding (NFC,
// lower case, one tone placement, punctuation as spaces), "ubnd" for "ủy ban
// nhân dân" and the other abbreviations of data/phrases.json, without "và",
// without a leading "sở" and without a trailing "tỉnh X" or "của tỉnh". So
// "Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên" and "SỞ KẾ HOẠCH - ĐẦU TƯ" both give
// "kế hoạch đầu tư". Key returns its argument without allocating when it is
// already a key.
func Key(name string) string { return rules.key(name) }

func (r *keyRules) key(name string) string {
	k := vntext.Key(name)
	if !r.needsRewrite(k) {
		return k
	}
	words := strings.Fields(k)
	words = r.rewrite(words)
	return strings.Join(words, " ")
}

// needsRewrite reports, without allocating, whether any rule applies to the
// folded text k.
func (r *keyRules) needsRewrite(k string) bool {
	i := 0
	for w := range strings.SplitSeq(k, " ") {
		if r.dropped[w] {
			return true
		}
		if i == 0 && w == r.head && len(w) < len(k) {
			return true
		}
		if i > 0 {
			for _, s := range r.suffixes {
				if s[0] == w {
					return true
				}
			}
		}
		for _, a := range r.abbreviations {
			if a.long[0] == w {
				return true
			}
		}
		i++
	}
	return false
}

func (r *keyRules) rewrite(words []string) []string {
	out := words[:0]
	for _, w := range words {
		if !r.dropped[w] {
			out = append(out, w)
		}
	}
	words = out
	// Abbreviations, longest first as listed.
	for _, a := range r.abbreviations {
		words = replaceSeq(words, a.long, a.short)
	}
	// The "tỉnh X" tail names the province the registry serves anyway.
cut:
	for i := 1; i < len(words); i++ {
		for _, pw := range r.provinceWords {
			if hasSeq(words[i:], pw) {
				continue cut
			}
		}
		for _, s := range r.suffixes {
			if hasSeq(words[i:], s) {
				words = words[:i]
				break cut
			}
		}
	}
	for len(words) > 1 && words[0] == r.head {
		words = words[1:]
	}
	return words
}

// fullWords counts the words of a key with its abbreviations written in full:
// 4 for "ubnd", "ủy ban nhân dân".
func (r *keyRules) fullWords(k string) int {
	n := 0
	for w := range strings.FieldsSeq(k) {
		long := 1
		for _, a := range r.abbreviations {
			if a.short == w {
				long = max(long, len(a.long))
			}
		}
		n += long
	}
	return n
}

func hasSeq(words, seq []string) bool {
	if len(words) < len(seq) {
		return false
	}
	for i, w := range seq {
		if words[i] != w {
			return false
		}
	}
	return true
}

func replaceSeq(words, seq []string, with string) []string {
	out := words[:0]
	for i := 0; i < len(words); {
		if hasSeq(words[i:], seq) {
			out = append(out, with)
			i += len(seq)
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out
}

// lightKey folds a name for phrase matching without the rewriting rules
// except dropping "và", so that a lone "Sở" still matches the start of
// "Sở, ban, ngành".
func (r *keyRules) lightKey(name string) string {
	words := strings.Fields(vntext.Key(name))
	out := words[:0]
	for _, w := range words {
		if !r.dropped[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// groupByCode finds a group by its code word alone: the key rules are being
// built and cannot fold Vietnamese yet.
func groupByCode(code string) (Group, bool) {
	for i, c := range groupCodes {
		if c == code {
			return Group(i), true
		}
	}
	return GroupNone, false
}

// rawWord is one word of raw text: its byte span and, once asked for, its
// folded form without diacritics. Most words are never compared past the
// first, so folding waits until then.
type rawWord struct {
	start, end int
	raw        string
	plain      string
	folded     bool
}

func (w *rawWord) plainKey() string {
	if !w.folded {
		w.plain, w.folded = vntext.Plain(vntext.Key(w.raw)), true
	}
	return w.plain
}

// rawWords cuts text at spaces into at most n words (every word for n < 0),
// appended to out.
func rawWords(out []rawWord, text string, n int) []rawWord {
	for i := 0; i < len(text) && n != 0; {
		if isSpaceByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && !isSpaceByte(text[j]) {
			j++
		}
		out = append(out, rawWord{start: i, end: j, raw: text[i:j]})
		i = j
		n--
	}
	return out
}

// plainWords folds a phrase of the data into words without diacritics.
func plainWords(s string) []string { return strings.Fields(vntext.Plain(vntext.Key(s))) }

// matchAt reports whether the words plain start at words[i].
func matchAt(words []rawWord, i int, plain []string) bool {
	if len(words)-i < len(plain) {
		return false
	}
	for k, w := range plain {
		if words[i+k].plainKey() != w {
			return false
		}
	}
	return true
}

// cutTitle finds the title of a person at the start of text ("Giám đốc
// Sở Tài chính", "Thủ trưởng các sở", "Các thành viên UBND thị xã"): it
// returns the title's key and the byte offset of the words after it. It
// returns "" and 0 when text starts with no title or nothing follows it.
func (r *keyRules) cutTitle(text string) (string, int) {
	if len(r.titles) == 0 {
		return "", 0
	}
	var buf [8]rawWord
	words := rawWords(buf[:0], text, 2+len(r.titles[0].plain)) // "các", the longest title, a word after it
	i := 0
	if len(words) > 0 && words[0].plainKey() == "cac" {
		i = 1
	}
	for _, t := range r.titles {
		if matchAt(words, i, t.plain) && i+len(t.plain) < len(words) {
			return t.key, words[i+len(t.plain)].start
		}
	}
	return "", 0
}

// clauseAt returns the byte offset of a clause that describes the entry
// before it ("được phân công phụ trách các ngành"), or -1 when text has
// none.
func (r *keyRules) clauseAt(text string) int {
	// Most entries have no clause: one look at the whole entry, folded,
	// saves folding it word by word.
	p := vntext.Plain(vntext.Key(text))
	if !slices.ContainsFunc(r.clauses, func(c []string) bool { return hasWords(p, c) }) {
		return -1
	}
	var buf [16]rawWord
	words := rawWords(buf[:0], text, -1)
	for i := 1; i < len(words); i++ {
		for _, c := range r.clauses {
			if matchAt(words, i, c) {
				return words[i].start
			}
		}
	}
	return -1
}

// hasWords reports whether the folded text k, words joined by single
// spaces, holds the sequence words.
func hasWords(k string, words []string) bool {
	for {
		if wordsAt(k, words) {
			return true
		}
		i := strings.IndexByte(k, ' ')
		if i < 0 {
			return false
		}
		k = k[i+1:]
	}
}

// wordsAt reports whether k starts with the sequence words.
func wordsAt(k string, words []string) bool {
	for _, w := range words {
		rest, ok := strings.CutPrefix(k, w)
		if !ok || (rest != "" && rest[0] != ' ') {
			return false
		}
		k = strings.TrimPrefix(rest, " ")
	}
	return true
}

// committeeType returns the key of a committee's name without its proper
// part ("ubnd tx" for "ubnd tx bắc kạn"), or "" for a key of another form.
func (r *keyRules) committeeType(k string) string {
	words := strings.Fields(k)
	for _, c := range r.committees {
		if len(words) > len(c) && hasSeq(words, c) {
			return strings.Join(words[:len(c)], " ")
		}
	}
	return ""
}
