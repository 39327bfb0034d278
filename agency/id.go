package agency

import (
	"strings"

	"github.com/google/uuid"

	"github.com/openpar/cchc/internal/vntext"
)

// ID is an agency's stable identifier: its Vietnamese name without
// diacritics, in lower case, without "và", "tỉnh" and punctuation, words
// joined by hyphens ("so-noi-vu", "so-ke-hoach-dau-tu", "van-phong-ubnd").
// IDs of the catalogue never change; a renamed or merged agency gets a new ID
// and a transfer of duties from the old one.
type ID string

// namespace is the UUID namespace of agency IDs: the UUID v5 of the
// package's import path in the URL namespace.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/openpar/cchc/agency"))

// UUID returns the name-based (version 5) UUID of id, for systems that key
// records by UUID. Equal IDs give equal UUIDs everywhere.
func (id ID) UUID() uuid.UUID { return uuid.NewSHA1(namespace, []byte(id)) }

// String returns the ID as text ("so-noi-vu"). A Registry gives the
// Vietnamese name: r.Name(id).
func (id ID) String() string { return string(id) }

// MarshalText encodes the ID as its text; a malformed ID is an error.
func (id ID) MarshalText() ([]byte, error) {
	if _, err := ParseID(string(id)); err != nil {
		return nil, err
	}
	return []byte(id), nil
}

// UnmarshalText decodes an ID written by MarshalText.
func (id *ID) UnmarshalText(b []byte) error {
	v, err := ParseID(string(b))
	if err == nil {
		*id = v
	}
	return err
}

// ParseID checks that s is a well-formed ID: lower-case ASCII letters and
// digits in words joined by single hyphens.
func ParseID(s string) (ID, error) {
	fail := func(reason string) (ID, error) {
		return "", &IDError{ID: s, Reason: "malformed: " + reason}
	}
	if s == "" {
		return fail("empty")
	}
	if s[0] == '-' || s[len(s)-1] == '-' {
		return fail("hyphen at an end")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-':
			if s[i-1] == '-' {
				return fail("two hyphens")
			}
		default:
			return fail("only a-z, 0-9 and hyphens")
		}
	}
	return ID(s), nil
}

// MakeID derives the ID of a Vietnamese name: "Sở Kế hoạch và Đầu tư" gives
// "so-ke-hoach-dau-tu", "Văn phòng UBND tỉnh" gives "van-phong-ubnd". The word
// "tỉnh" stays where it is part of a name ("Tỉnh ủy" gives "tinh-uy"). A name
// with no letter or digit is an error.
func MakeID(name string) (ID, error) {
	words := strings.Fields(vntext.Key(name))
	out := words[:0]
	for i, w := range words {
		if rules.dropped[w] {
			continue
		}
		if w == "tỉnh" && !rules.isProvinceWord(words[i:]) {
			continue
		}
		out = append(out, w)
	}
	var b strings.Builder
	for _, w := range out {
		w = vntext.Plain(w)
		// Plain keeps letters of other scripts; an ID is ASCII.
		var part strings.Builder
		for i := 0; i < len(w); i++ {
			if c := w[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				part.WriteByte(c)
			}
		}
		if part.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(part.String())
	}
	if b.Len() == 0 {
		return "", &LookupError{Name: name, Err: ErrEmpty}
	}
	return ID(b.String()), nil
}

// isProvinceWord reports whether words start with a name in which "tỉnh" is
// part of the word ("tỉnh ủy").
func (r *keyRules) isProvinceWord(words []string) bool {
	for _, pw := range r.provinceWords {
		if hasSeq(words, pw) {
			return true
		}
	}
	return false
}
