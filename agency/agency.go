package agency

import (
	"slices"

	"github.com/openpar/cchc/calendar"
)

// Agency is one body plans give duties to. Catalogues are lists of Agency
// values; a Registry hands out copies. The slices are shared with the
// registry that returned the value: read them, do not change them.
type Agency struct {
	// ID is the stable identifier; MakeID(Name) when the data leaves it out.
	ID ID `json:"id,omitempty"`
	// Name is the Vietnamese name as plans write it ("Sở Nội vụ").
	Name string `json:"name"`
	// ShortName is the name within the province's own texts ("Nội vụ",
	// "UBND tỉnh").
	ShortName string `json:"short,omitempty"`
	// Abbreviations are the acronyms in use ("SNV", "KH&ĐT", "VP UBND").
	Abbreviations []string `json:"abbreviations,omitempty"`
	// Aliases are other spellings found in documents, misspellings included
	// ("TT tâm thông tin tỉnh").
	Aliases []string `json:"aliases,omitempty"`
	// English is the English name ("Department of Home Affairs").
	English string `json:"english,omitempty"`
	Level   Level  `json:"level"`
	Kind    Kind   `json:"kind"`
	// Parent is the body the agency belongs to, "" for none.
	Parent ID `json:"parent,omitempty"`
	// From and Until are the first and last day the agency existed, both
	// included; a zero Date means "before records" or "still exists".
	From  calendar.Date `json:"from,omitzero"`
	Until calendar.Date `json:"until,omitzero"`
	// Province names the province a local agency belongs to ("Thái Nguyên");
	// "" for the generic agencies every province has.
	Province string `json:"province,omitempty"`
}

// String returns the Vietnamese name.
func (a Agency) String() string { return a.Name }

// ValidOn reports whether the agency existed on day d. The zero Date asks
// about no day in particular and is always true.
func (a Agency) ValidOn(d calendar.Date) bool {
	if d.IsZero() {
		return true
	}
	if !a.From.IsZero() && d.Before(a.From) {
		return false
	}
	if !a.Until.IsZero() && d.After(a.Until) {
		return false
	}
	return true
}

// Names returns every name the agency is known by: name, short name,
// abbreviations and aliases, in that order, without empty ones.
func (a Agency) Names() []string {
	names := make([]string, 0, 2+len(a.Abbreviations)+len(a.Aliases))
	for _, list := range [][]string{{a.Name, a.ShortName}, a.Abbreviations, a.Aliases} {
		for _, n := range list {
			if n != "" {
				names = append(names, n)
			}
		}
	}
	return names
}

// Equal reports whether a and b hold the same data.
func (a Agency) Equal(b Agency) bool {
	return a.ID == b.ID && a.Name == b.Name && a.ShortName == b.ShortName &&
		slices.Equal(a.Abbreviations, b.Abbreviations) && slices.Equal(a.Aliases, b.Aliases) &&
		a.English == b.English && a.Level == b.Level && a.Kind == b.Kind && a.Parent == b.Parent &&
		a.From == b.From && a.Until == b.Until && a.Province == b.Province
}
