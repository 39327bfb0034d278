package plan

import "fmt"

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

// areaInfo is the one table behind String, Parse, the names and marshalling.
var areaInfo = [...]struct{ code, vi, en string }{
	AreaUnspecified:   {"unspecified", "", ""},
	AreaInstitutions:  {"institutions", "Cải cách thể chế", "Institutional reform"},
	AreaProcedures:    {"procedures", "Cải cách thủ tục hành chính", "Administrative procedure reform"},
	AreaOrganisation:  {"organisation", "Cải cách tổ chức bộ máy hành chính nhà nước", "Organisational reform"},
	AreaCivilService:  {"civil-service", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Civil service quality"},
	AreaPublicFinance: {"public-finance", "Cải cách tài chính công", "Public finance reform"},
	AreaModernisation: {"modernisation", "Hiện đại hóa hành chính", "Modernisation of administration"},
	AreaDirection:     {"direction", "Công tác chỉ đạo, điều hành", "Direction and management"},
	AreaCommunication: {"communication", "Công tác tuyên truyền", "Communication"},
	AreaOneStop:       {"one-stop", "Cơ chế một cửa, một cửa liên thông", "One-stop shop"},
	AreaImpact:        {"impact", "Đánh giá tác động của cải cách hành chính", "Impact assessment"},
	AreaBudget:        {"budget", "Kinh phí", "Budget"},
	AreaOther:         {"other", "Nội dung khác", "Other"},
}

// ReformAreas returns the six reform areas of Nghị quyết 30c in order.
func ReformAreas() []Area {
	return []Area{AreaInstitutions, AreaProcedures, AreaOrganisation, AreaCivilService, AreaPublicFinance, AreaModernisation}
}

// IsReform reports whether a is one of the six reform areas.
func (a Area) IsReform() bool { return a >= AreaInstitutions && a <= AreaModernisation }

// String returns the area's code word ("civil-service").
func (a Area) String() string {
	if int(a) < len(areaInfo) {
		return areaInfo[a].code
	}
	return fmt.Sprintf("Area(%d)", uint8(a))
}

// Vietnamese returns the area's Vietnamese name, "" for an unknown area.
func (a Area) Vietnamese() string {
	if int(a) < len(areaInfo) {
		return areaInfo[a].vi
	}
	return ""
}

// English returns the area's English name, "" for an unknown area.
func (a Area) English() string {
	if int(a) < len(areaInfo) {
		return areaInfo[a].en
	}
	return ""
}

// ParseArea reads an area's code word.
func ParseArea(s string) (Area, error) {
	for a, info := range areaInfo {
		if info.code == s {
			return Area(a), nil
		}
	}
	return AreaUnspecified, fmt.Errorf("plan: unknown area %q", s)
}

// MarshalText encodes the area as its code word.
func (a Area) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText decodes an area's code word.
func (a *Area) UnmarshalText(b []byte) error {
	v, err := ParseArea(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
