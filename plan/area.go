package plan

import (
	"fmt"

	"github.com/openpar/cchc/internal/enum"
)

// Area is a reform area of Nghị quyết 30c/NQ-CP (the six, in its order) or one
// of the extra sections plans carry. The zero Area is unspecified.
type Area uint8

// The six reform areas, then the extra sections.
const (
	AreaUnspecified   Area = iota
	AreaInstitutions       // Cải cách thể chế
	AreaProcedures         // Cải cách thủ tục hành chính
	AreaOrganisation       // Cải cách tổ chức bộ máy hành chính nhà nước
	AreaCivilService       // Xây dựng và nâng cao chất lượng đội ngũ CBCCVC
	AreaPublicFinance      // Cải cách tài chính công
	AreaModernisation      // Hiện đại hóa hành chính
	AreaDirection          // Công tác chỉ đạo, điều hành
	AreaCommunication      // Công tác tuyên truyền
	AreaOneStop            // Cơ chế một cửa, một cửa liên thông
	AreaImpact             // Đánh giá tác động của cải cách hành chính
	AreaBudget             // Kinh phí
	AreaOther              // any other section
)

var areas = enum.Table[Area]{
	Pkg:  "plan",
	Type: "Area",
	Codes: []string{"unspecified", "institutions", "procedures", "organisation", "civil-service", "public-finance",
		"modernisation", "direction", "communication", "one-stop", "impact", "budget", "other"},
	Vietnamese: []string{"", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước",
		"Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Cải cách tài chính công",
		"Hiện đại hóa hành chính", "Công tác chỉ đạo, điều hành", "Công tác tuyên truyền",
		"Cơ chế một cửa, một cửa liên thông", "Đánh giá tác động của cải cách hành chính", "Kinh phí", "Nội dung khác"},
	Unknown: func(w string) error { return fmt.Errorf("plan: unknown area %q", w) },
}

// englishAreas are the areas' English names, in the order of the table.
var englishAreas = []string{"", "Institutional reform", "Administrative procedure reform", "Organisational reform",
	"Civil service quality", "Public finance reform", "Modernisation of administration", "Direction and management",
	"Communication", "One-stop shop", "Impact assessment", "Budget", "Other"}

// ReformAreas returns the six reform areas of Nghị quyết 30c in order.
func ReformAreas() []Area {
	return []Area{AreaInstitutions, AreaProcedures, AreaOrganisation, AreaCivilService, AreaPublicFinance, AreaModernisation}
}

// IsReform reports whether a is one of the six reform areas.
func (a Area) IsReform() bool { return a >= AreaInstitutions && a <= AreaModernisation }

// String returns the area's code word ("civil-service").
func (a Area) String() string { return areas.String(a) }

// Vietnamese returns the area's Vietnamese name, "" for an unknown area.
func (a Area) Vietnamese() string { return areas.Viet(a) }

// English returns the area's English name, "" for an unknown area.
func (a Area) English() string {
	if int(a) < len(englishAreas) {
		return englishAreas[a]
	}
	return ""
}

// ParseArea reads an area's code word or Vietnamese name.
func ParseArea(s string) (Area, error) { return areas.Parse(s) }

// MarshalText encodes the area as its code word.
func (a Area) MarshalText() ([]byte, error) { return areas.Marshal(a) }

// UnmarshalText decodes an area's code word or Vietnamese name.
func (a *Area) UnmarshalText(b []byte) error { return areas.Unmarshal(a, b) }
