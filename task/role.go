package task

import (
	"fmt"

	"github.com/openpar/cchc/internal/enum"
)

// Role is what an agency is in a task: the lead (cơ quan chủ trì), accountable
// for it, or a partner (cơ quan phối hợp) that must contribute.
type Role uint8

// Roles.
const (
	Unspecified Role = iota
	Lead             // chủ trì
	Partner          // phối hợp
)

var roles = enum.Table[Role]{
	Pkg:        "task",
	Type:       "Role",
	Codes:      []string{"unspecified", "lead", "partner"},
	Vietnamese: []string{"", "chủ trì", "phối hợp"},
	Unknown:    func(w string) error { return fmt.Errorf("task: unknown role %q", w) },
}

// String returns "lead" or "partner".
func (r Role) String() string { return roles.String(r) }

// Vietnamese returns "chủ trì" or "phối hợp".
func (r Role) Vietnamese() string { return roles.Viet(r) }

// ParseRole reads "lead", "partner", or the Vietnamese words.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// MarshalText encodes the role as its code word.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText decodes a role.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }

// Via says how an agency came by its role: named in the cell ("Sở Nội vụ"),
// or as a member of a group the cell names ("Các sở, ban, ngành").
type Via uint8

// Ways an agency is assigned.
const (
	ViaUnspecified Via = iota
	ByName
	ByGroup
)

var vias = enum.Table[Via]{
	Pkg:     "task",
	Type:    "Via",
	Codes:   []string{"unspecified", "name", "group"},
	Unknown: func(w string) error { return fmt.Errorf("task: unknown via %q", w) },
}

// String returns "name" or "group".
func (v Via) String() string { return vias.String(v) }

// ParseVia is the inverse of Via.String.
func ParseVia(s string) (Via, error) { return vias.Parse(s) }

// MarshalText encodes v as its code word.
func (v Via) MarshalText() ([]byte, error) { return vias.Marshal(v) }

// UnmarshalText decodes a code word.
func (v *Via) UnmarshalText(b []byte) error { return vias.Unmarshal(v, b) }
