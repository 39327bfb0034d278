package enum_test

import (
	"errors"
	"testing"

	"github.com/openpar/cchc/internal/enum"
)

type role uint8

var roles = enum.Table[role]{
	Type:       "role",
	Codes:      []string{"unspecified", "lead", "partner"},
	Vietnamese: []string{"", "chủ trì", "phối hợp"},
	Unknown:    func(w string) error { return errors.New("unknown role " + w) },
}

func TestTable(t *testing.T) {
	if roles.String(1) != "lead" || roles.String(7) != "role(7)" || roles.Viet(2) != "phối hợp" || roles.Viet(7) != "" {
		t.Error("String or Viet wrong")
	}
	for _, w := range []string{"partner", "phối hợp"} {
		if v, err := roles.Parse(w); err != nil || v != 2 {
			t.Errorf("Parse(%q) = %v, %v", w, v, err)
		}
	}
	v := role(1)
	if err := roles.Unmarshal(&v, []byte("")); err == nil || v != 1 {
		t.Errorf("empty word: %v, %v (the unspecified value has no Vietnamese word to match)", v, err)
	}
	if err := roles.Unmarshal(&v, []byte("owner")); err == nil || v != 1 {
		t.Error("an unknown word changed the value")
	}
}
