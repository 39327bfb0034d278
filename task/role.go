package task

import "fmt"

// Role is what an agency is in a task: the lead (cơ quan chủ trì), accountable
// for it, or a partner (cơ quan phối hợp) that must contribute.
type Role uint8

// Roles.
const (
	Unspecified Role = iota
	Lead             // chủ trì
	Partner          // phối hợp
)

var roleNames = [...]struct{ code, vi string }{
	Unspecified: {"unspecified", ""},
	Lead:        {"lead", "chủ trì"},
	Partner:     {"partner", "phối hợp"},
}

// String returns "lead" or "partner".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r].code
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// Vietnamese returns "chủ trì" or "phối hợp".
func (r Role) Vietnamese() string {
	if int(r) < len(roleNames) {
		return roleNames[r].vi
	}
	return ""
}

// ParseRole reads "lead", "partner", or the Vietnamese words.
func ParseRole(s string) (Role, error) {
	for r, n := range roleNames {
		if s == n.code || (n.vi != "" && s == n.vi) {
			return Role(r), nil
		}
	}
	return Unspecified, fmt.Errorf("task: unknown role %q", s)
}

// MarshalText encodes the role as its code word.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a role.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := ParseRole(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Via says how an agency came by its role: named in the cell ("Sở Nội vụ"),
// or as a member of a group the cell names ("Các sở, ban, ngành").
type Via uint8

// Ways an agency is assigned.
const (
	ViaUnspecified Via = iota
	ByName
	ByGroup
)

var viaNames = [...]string{ViaUnspecified: "unspecified", ByName: "name", ByGroup: "group"}

// String returns "name" or "group".
func (v Via) String() string {
	if int(v) < len(viaNames) {
		return viaNames[v]
	}
	return fmt.Sprintf("Via(%d)", uint8(v))
}

// ParseVia is the inverse of Via.String.
func ParseVia(s string) (Via, error) {
	for v, n := range viaNames {
		if s == n {
			return Via(v), nil
		}
	}
	return ViaUnspecified, fmt.Errorf("task: unknown via %q", s)
}

// MarshalText encodes v as its code word.
func (v Via) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText decodes a code word.
func (v *Via) UnmarshalText(b []byte) error {
	x, err := ParseVia(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}
