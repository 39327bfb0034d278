package vntext

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator orders Vietnamese text as a Vietnamese reader expects: a before ă
// before â, d before đ, and tones after the bare letter. A Collator is not
// safe for concurrent use; make one per goroutine with NewCollator.
type Collator struct {
	c *collate.Collator
}

// NewCollator returns a collator for language.Vietnamese.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b.
func (c *Collator) Compare(a, b string) int { return c.c.CompareString(a, b) }

// SortStrings sorts list in place in Vietnamese order.
func (c *Collator) SortStrings(list []string) { c.c.SortStrings(list) }

// SortKey returns the collation key of s: comparing two keys with
// bytes.Compare orders their strings as Compare does. Keys let a sort of many
// strings collate each string once.
func (c *Collator) SortKey(s string) []byte {
	var buf collate.Buffer
	k := c.c.KeyFromString(&buf, s)
	return append([]byte(nil), k...)
}
