package agency

import "fmt"

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

var levels = enumTable{
	what: "level",
	rows: []enumRow{
		LevelUnspecified: {"unspecified", ""},
		Central:          {"central", "Trung ương"},
		Province:         {"province", "tỉnh"},
		District:         {"district", "huyện"},
		Commune:          {"commune", "xã"},
	},
}

// String returns the level's English code word ("province").
func (l Level) String() string { return levels.code(uint8(l), "Level") }

// Vietnamese returns the level's Vietnamese word ("tỉnh"), or "" when
// unspecified.
func (l Level) Vietnamese() string { return levels.vietnamese(uint8(l)) }

// ParseLevel reads a code word written by String, or the Vietnamese word.
func ParseLevel(s string) (Level, error) {
	v, err := levels.parse(s)
	return Level(v), err
}

// MarshalText encodes the level as its code word.
func (l Level) MarshalText() ([]byte, error) { return levels.marshal(uint8(l)) }

// UnmarshalText decodes a code word or Vietnamese word.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err == nil {
		*l = v
	}
	return err
}

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

var kinds = enumTable{
	what: "kind",
	rows: []enumRow{
		KindUnspecified:  {"unspecified", ""},
		PeoplesCommittee: {"peoples-committee", "Ủy ban nhân dân"},
		Department:       {"department", "Sở"},
		Office:           {"office", "Văn phòng"},
		SectorAgency:     {"sector-agency", "Đơn vị trực thuộc"},
		CentralBranch:    {"central-branch", "Cơ quan ngành dọc"},
		Enterprise:       {"enterprise", "Doanh nghiệp nhà nước"},
		MassOrganisation: {"mass-organisation", "Tổ chức chính trị - xã hội"},
		Press:            {"press", "Cơ quan báo chí"},
		Council:          {"council", "Hội đồng, ban chỉ đạo"},
		Party:            {"party", "Cơ quan Đảng"},
		CentralBody:      {"central-body", "Cơ quan Trung ương"},
	},
}

// String returns the kind's English code word ("department").
func (k Kind) String() string { return kinds.code(uint8(k), "Kind") }

// Vietnamese returns the kind's Vietnamese name ("Sở"), or "" when
// unspecified.
func (k Kind) Vietnamese() string { return kinds.vietnamese(uint8(k)) }

// ParseKind reads a code word written by String, or the Vietnamese name.
func ParseKind(s string) (Kind, error) {
	v, err := kinds.parse(s)
	return Kind(v), err
}

// MarshalText encodes the kind as its code word.
func (k Kind) MarshalText() ([]byte, error) { return kinds.marshal(uint8(k)) }

// UnmarshalText decodes a code word or Vietnamese name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

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

var groups = enumTable{
	what: "group",
	rows: []enumRow{
		GroupNone:         {"none", ""},
		Agencies:          {"agencies", "Các sở, ban, ngành"},
		Departments:       {"departments", "Các cơ quan chuyên môn thuộc UBND tỉnh"},
		Districts:         {"districts", "UBND cấp huyện"},
		Communes:          {"communes", "UBND cấp xã"},
		Related:           {"related", "Các cơ quan, đơn vị có liên quan"},
		Committees:        {"committees", "UBND các cấp"},
		DistrictOffices:   {"district-offices", "Các phòng, ban chuyên môn thuộc UBND cấp huyện"},
		PartyCommittees:   {"party-committees", "Các cấp ủy Đảng"},
		MassOrganisations: {"mass-organisations", "Các tổ chức đoàn thể"},
	},
}

// String returns the group's English code word ("districts").
func (g Group) String() string { return groups.code(uint8(g), "Group") }

// Vietnamese returns the group's usual Vietnamese phrase ("UBND cấp huyện").
func (g Group) Vietnamese() string { return groups.vietnamese(uint8(g)) }

// ParseGroup reads a code word written by String.
func ParseGroup(s string) (Group, error) {
	v, err := groups.parse(s)
	return Group(v), err
}

// MarshalText encodes the group as its code word.
func (g Group) MarshalText() ([]byte, error) { return groups.marshal(uint8(g)) }

// UnmarshalText decodes a code word.
func (g *Group) UnmarshalText(b []byte) error {
	v, err := ParseGroup(string(b))
	if err == nil {
		*g = v
	}
	return err
}

// enumTable is the one table behind an enumeration's String, Vietnamese,
// Parse and text marshalling.
type enumTable struct {
	what string
	rows []enumRow
}

type enumRow struct{ code, vietnamese string }

func (t enumTable) code(v uint8, typ string) string {
	if int(v) < len(t.rows) {
		return t.rows[v].code
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func (t enumTable) vietnamese(v uint8) string {
	if int(v) < len(t.rows) {
		return t.rows[v].vietnamese
	}
	return ""
}

func (t enumTable) parse(s string) (uint8, error) {
	for i, r := range t.rows {
		if s == r.code || (r.vietnamese != "" && Key(s) == Key(r.vietnamese)) {
			return uint8(i), nil
		}
	}
	return 0, &ValueError{What: t.what, Input: s}
}

func (t enumTable) marshal(v uint8) ([]byte, error) {
	if int(v) >= len(t.rows) {
		return nil, &ValueError{What: t.what, Input: fmt.Sprint(v)}
	}
	return []byte(t.rows[v].code), nil
}
