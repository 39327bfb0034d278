package agency

import "github.com/openpar/cchc/internal/enum"

// Level is the tier of government an agency belongs to.
type Level uint8

// The levels. Since 1 July 2025 local government has two tiers, province and
// commune; districts existed until 30 June 2025.
const (
	LevelUnspecified Level = iota
	Central                // Trung ương
	Province               // tỉnh
	District               // huyện (until 30/6/2025)
	Commune                // xã
)

var levels = enum.Table[Level]{
	Pkg:        "agency",
	Type:       "Level",
	Codes:      []string{"unspecified", "central", "province", "district", "commune"},
	Vietnamese: []string{"", "Trung ương", "tỉnh", "huyện", "xã"},
	Unknown:    func(w string) error { return &ValueError{What: "level", Input: w} },
	Fold:       Key,
}

// String returns the level's English code word ("province").
func (l Level) String() string { return levels.String(l) }

// Vietnamese returns the level's Vietnamese word ("tỉnh"), or "" when
// unspecified.
func (l Level) Vietnamese() string { return levels.Viet(l) }

// ParseLevel reads a code word written by String, or the Vietnamese word.
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// MarshalText encodes the level as its code word.
func (l Level) MarshalText() ([]byte, error) { return levels.Marshal(l) }

// UnmarshalText decodes a code word or Vietnamese word.
func (l *Level) UnmarshalText(b []byte) error { return levels.Unmarshal(l, b) }

// Kind says what sort of body an agency is.
type Kind uint8

// The kinds of agency the plans name.
const (
	KindUnspecified  Kind = iota
	PeoplesCommittee      // Ủy ban nhân dân (UBND) of a province, district or commune
	Department            // Sở and agencies of the same rank (Thanh tra tỉnh, Ban Dân tộc)
	Office                // Văn phòng UBND: the committee's office
	SectorAgency          // a unit under a department or the office (Trung tâm Thông tin, Chi cục)
	CentralBranch         // a central agency's branch in the province (Công an tỉnh, Kho bạc Nhà nước)
	Enterprise            // a state enterprise with public duties (Bưu điện tỉnh)
	MassOrganisation      // Mặt trận Tổ quốc and the unions
	Press                 // newspapers, radio and television, the web portal
	Council               // councils, steering committees (HĐND, Hội đồng Thi đua - Khen thưởng)
	Party                 // Party committees (Tỉnh ủy)
	CentralBody           // Government, Prime Minister, ministries
)

var kinds = enum.Table[Kind]{
	Pkg:        "agency",
	Type:       "Kind",
	Codes:      []string{"unspecified", "peoples-committee", "department", "office", "sector-agency", "central-branch", "enterprise", "mass-organisation", "press", "council", "party", "central-body"},
	Vietnamese: []string{"", "Ủy ban nhân dân", "Sở", "Văn phòng", "Đơn vị trực thuộc", "Cơ quan ngành dọc", "Doanh nghiệp nhà nước", "Tổ chức chính trị - xã hội", "Cơ quan báo chí", "Hội đồng, ban chỉ đạo", "Cơ quan Đảng", "Cơ quan Trung ương"},
	Unknown:    func(w string) error { return &ValueError{What: "kind", Input: w} },
	Fold:       Key,
}

// String returns the kind's English code word ("department").
func (k Kind) String() string { return kinds.String(k) }

// Vietnamese returns the kind's Vietnamese name ("Sở"), or "" when
// unspecified.
func (k Kind) Vietnamese() string { return kinds.Viet(k) }

// ParseKind reads a code word written by String, or the Vietnamese name.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a code word or Vietnamese name.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// Group is a set of agencies a plan names by a phrase rather than one by one.
type Group uint8

// The groups of the plans' phrases. Which agencies a group holds is decided by
// level and kind (see Registry.Expand); the phrases that name each group are
// data (data/phrases.json).
const (
	GroupNone   Group = iota
	Agencies          // các sở, ban, ngành: departments, the office and central branches of the province
	Departments       // các cơ quan chuyên môn thuộc UBND tỉnh: departments and the office
	Districts         // UBND cấp huyện, UBND các huyện, thành phố
	Communes          // UBND cấp xã, UBND các xã, phường, thị trấn
	Related           // các cơ quan, đơn vị có liên quan: an open set no registry can list
	Committees        // UBND các cấp, các cấp: the people's committees of the province, districts and communes
	// The last three are open sets: a registry seldom lists every member,
	// so Expand gives those it holds and marks the set open.
	DistrictOffices   // các phòng, ban chuyên môn thuộc UBND cấp huyện: the offices of a district-level committee
	PartyCommittees   // các cấp ủy Đảng: Party committees of the province and below, outside the state administration
	MassOrganisations // các tổ chức đoàn thể: Mặt trận Tổ quốc and the unions, outside the state administration
)

// groupCodes are apart from the table because the key rules, which the
// table's folding uses, look groups up by code while they are being built.
var groupCodes = []string{"none", "agencies", "departments", "districts", "communes", "related", "committees", "district-offices", "party-committees", "mass-organisations"}

var groups = enum.Table[Group]{
	Pkg:        "agency",
	Type:       "Group",
	Codes:      groupCodes,
	Vietnamese: []string{"", "Các sở, ban, ngành", "Các cơ quan chuyên môn thuộc UBND tỉnh", "UBND cấp huyện", "UBND cấp xã", "Các cơ quan, đơn vị có liên quan", "UBND các cấp", "Các phòng, ban chuyên môn thuộc UBND cấp huyện", "Các cấp ủy Đảng", "Các tổ chức đoàn thể"},
	Unknown:    func(w string) error { return &ValueError{What: "group", Input: w} },
	Fold:       Key,
}

// String returns the group's English code word ("districts").
func (g Group) String() string { return groups.String(g) }

// Vietnamese returns the group's usual Vietnamese phrase ("UBND cấp huyện").
func (g Group) Vietnamese() string { return groups.Viet(g) }

// ParseGroup reads a code word written by String.
func ParseGroup(s string) (Group, error) { return groups.Parse(s) }

// MarshalText encodes the group as its code word.
func (g Group) MarshalText() ([]byte, error) { return groups.Marshal(g) }

// UnmarshalText decodes a code word.
func (g *Group) UnmarshalText(b []byte) error { return groups.Unmarshal(g, b) }
