package agency_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	gotime "time"

	"golang.org/x/text/unicode/norm"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

func day(y, m, d int) calendar.Date { return calendar.NewDate(y, gotime.Month(m), d) }

func TestResolve(t *testing.T) {
	r := agency.Default()
	tests := []struct {
		name string
		want agency.ID
	}{
		{"Sở Nội vụ", "so-noi-vu"},
		{"Sở Nội Vụ", "so-noi-vu"},
		{"SỞ NỘI VỤ", "so-noi-vu"},
		{"SNV", "so-noi-vu"},
		{"Sở Nội vụ tỉnh", "so-noi-vu"},
		{"Sở Nội vụ tỉnh Thái Nguyên", "so-noi-vu"},
		{"Nội vụ", "so-noi-vu"},
		{"So Noi vu", "so-noi-vu"},
		{"so-noi-vu", "so-noi-vu"},
		{norm.NFD.String("Sở Nội vụ"), "so-noi-vu"},
		{"Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu"},
		{"Sở Kế hoạch - Đầu tư", "so-ke-hoach-dau-tu"},
		{"KH&ĐT", "so-ke-hoach-dau-tu"},
		{"Sở KH&ĐT", "so-ke-hoach-dau-tu"},
		{"Sở KH và ĐT", "so-ke-hoach-dau-tu"},
		{"Sở TT&TT", "so-thong-tin-truyen-thong"},
		{"TT&TT", "so-thong-tin-truyen-thong"},
		{"Sở GD&ĐT", "so-giao-duc-dao-tao"},
		{"Sở Văn hoá, Thể thao và Du lịch", "so-van-hoa-the-thao-du-lich"},
		{"VP UBND", "van-phong-ubnd"},
		{"VP UBND tỉnh", "van-phong-ubnd"},
		{"Văn phòng Uỷ ban nhân dân tỉnh", "van-phong-ubnd"},
		{"UBND tỉnh", "ubnd"},
		{"Ủy ban nhân dân tỉnh Thái Nguyên", "ubnd"},
		{"TT tâm thông tin tỉnh", "trung-tam-thong-tin"},
		{"Trung tâm thông tin", "trung-tam-thong-tin"},
		{"Đài PT - TH", "dai-phat-thanh-truyen-hinh"},
		{"Đài Phát thanh - Truyền hình tỉnh", "dai-phat-thanh-truyen-hinh"},
		{"Tỉnh ủy", "tinh-uy"},
		{"Tỉnh uỷ", "tinh-uy"},
		{"Thường trực Tỉnh ủy", "tinh-uy"},
		{"UBND TP Thái Nguyên", "ubnd-thanh-pho-thai-nguyen"},
		{"UBND huyện Định Hoá", "ubnd-huyen-dinh-hoa"},
		{"huyện Định Hóa", "ubnd-huyen-dinh-hoa"},
		{"UBND thành phố Phổ Yên", "ubnd-thi-xa-pho-yen"},
		{"Sở Lao động, Thương binh và Xã hội", "so-lao-dong-thuong-binh-xa-hoi"},
		{"Sở Nông nghiệp và PTNT", "so-nong-nghiep-phat-trien-nong-thon"},
		{"Sở Nông nghiệp và Môi trường", "so-nong-nghiep-moi-truong"},
	}
	for _, tt := range tests {
		got, err := r.Resolve(tt.name)
		if err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestResolveErrors(t *testing.T) {
	r := agency.Default()
	_, err := r.Resolve("Sở Ngoại vụ")
	var le *agency.LookupError
	if !errors.As(err, &le) || !errors.Is(err, agency.ErrUnknown) {
		t.Fatalf("Resolve(unknown) error = %v, want *LookupError wrapping ErrUnknown", err)
	}
	if le.Name != "Sở Ngoại vụ" || !strings.Contains(err.Error(), `"Sở Ngoại vụ"`) {
		t.Errorf("error %q does not name the input", err)
	}
	if len(le.Candidates) == 0 || le.Candidates[0].ID != "so-noi-vu" {
		t.Errorf("candidates = %+v, want Sở Nội vụ first", le.Candidates)
	}
	for _, empty := range []string{"", "   ", " - ; "} {
		if _, err := r.Resolve(empty); !errors.Is(err, agency.ErrEmpty) {
			t.Errorf("Resolve(%q) error = %v, want ErrEmpty", empty, err)
		}
	}
}

func TestResolveAmbiguousPlain(t *testing.T) {
	// Two agencies that differ only by diacritics cannot be told apart
	// without them.
	c := catalogue(
		agency.Agency{Name: "Ban Đa", Level: agency.Province, Kind: agency.Department},
		agency.Agency{ID: "ban-da-2", Name: "Ban Dà", Level: agency.Province, Kind: agency.Department},
	)
	r, err := agency.New(c)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := r.Resolve("Ban Đa"); err != nil || id != "ban-da" {
		t.Errorf("Resolve(with diacritics) = %q, %v", id, err)
	}
	_, err = r.Resolve("Ban Da")
	var le *agency.LookupError
	if !errors.As(err, &le) || !errors.Is(err, agency.ErrAmbiguous) || len(le.Candidates) != 2 {
		t.Errorf("Resolve(plain) error = %v, want ErrAmbiguous with 2 candidates", err)
	}
}

func TestSuccessor(t *testing.T) {
	r := agency.Default()
	tests := []struct {
		id   agency.ID
		on   calendar.Date
		want agency.ID
	}{
		{"so-thong-tin-truyen-thong", day(2017, 7, 19), "so-thong-tin-truyen-thong"},
		{"so-thong-tin-truyen-thong", day(2025, 2, 28), "so-thong-tin-truyen-thong"},
		{"so-thong-tin-truyen-thong", day(2025, 3, 1), "so-khoa-hoc-cong-nghe"},
		{"so-thong-tin-truyen-thong", day(2025, 8, 1), "so-khoa-hoc-cong-nghe"},
		{"so-ke-hoach-dau-tu", day(2025, 8, 1), "so-tai-chinh"},
		{"so-lao-dong-thuong-binh-xa-hoi", day(2025, 8, 1), "so-noi-vu"},
		{"so-giao-thong-van-tai", day(2025, 8, 1), "so-xay-dung"},
		{"so-nong-nghiep-phat-trien-nong-thon", day(2025, 8, 1), "so-nong-nghiep-moi-truong"},
		{"so-tai-nguyen-moi-truong", day(2025, 8, 1), "so-nong-nghiep-moi-truong"},
		{"ban-dan-toc", day(2025, 8, 1), "so-dan-toc-ton-giao"},
		{"so-noi-vu", day(2025, 8, 1), "so-noi-vu"},
		{"so-tu-phap", day(2018, 1, 1), "so-tu-phap"},
		{"bo-thong-tin-truyen-thong", day(2025, 8, 1), "bo-khoa-hoc-cong-nghe"},
	}
	for _, tt := range tests {
		got, err := r.Successor(tt.id, tt.on)
		if err != nil || got != tt.want {
			t.Errorf("Successor(%s, %s) = %q, %v; want %q", tt.id, tt.on, got, err, tt.want)
		}
	}
}

func TestHolder(t *testing.T) {
	r := agency.Default()
	tests := []struct {
		id   agency.ID
		duty agency.Duty
		on   calendar.Date
		want agency.ID
	}{
		{"so-tu-phap", agency.DutyProcedureControl, day(2017, 9, 24), "so-tu-phap"},
		{"so-tu-phap", agency.DutyProcedureControl, day(2017, 9, 25), "van-phong-ubnd"},
		{"so-tu-phap", agency.DutyProcedureControl, day(2025, 8, 1), "van-phong-ubnd"},
		{"so-lao-dong-thuong-binh-xa-hoi", agency.DutySocialProtection, day(2025, 8, 1), "so-y-te"},
		{"so-lao-dong-thuong-binh-xa-hoi", agency.DutyVocationalTraining, day(2025, 8, 1), "so-giao-duc-dao-tao"},
		{"so-lao-dong-thuong-binh-xa-hoi", agency.DutySocialProtection, day(2024, 1, 1), "so-lao-dong-thuong-binh-xa-hoi"},
		{"so-noi-vu", agency.DutyReligion, day(2025, 8, 1), "so-dan-toc-ton-giao"},
		{"so-thong-tin-truyen-thong", agency.DutyPressPublishing, day(2025, 8, 1), "so-van-hoa-the-thao-du-lich"},
		{"so-thong-tin-truyen-thong", "", day(2025, 8, 1), "so-khoa-hoc-cong-nghe"},
	}
	for _, tt := range tests {
		got, err := r.Holder(tt.id, tt.duty, tt.on)
		if err != nil || got != tt.want {
			t.Errorf("Holder(%s, %q, %s) = %q, %v; want %q", tt.id, tt.duty, tt.on, got, err, tt.want)
		}
	}
	heirs, err := r.Heirs("so-lao-dong-thuong-binh-xa-hoi", day(2025, 8, 1))
	want := []agency.Heir{{"", "so-noi-vu"}, {agency.DutySocialProtection, "so-y-te"}, {agency.DutyVocationalTraining, "so-giao-duc-dao-tao"}}
	if err != nil || len(heirs) != len(want) {
		t.Fatalf("Heirs = %v, %v; want %v", heirs, err, want)
	}
	for i := range want {
		if heirs[i] != want[i] {
			t.Errorf("Heirs[%d] = %v, want %v", i, heirs[i], want[i])
		}
	}
}

func TestSuccessorErrors(t *testing.T) {
	r := agency.Default()
	var se *agency.SuccessionError
	if _, err := r.Successor("so-nong-nghiep-moi-truong", day(2017, 1, 1)); !errors.As(err, &se) {
		t.Errorf("before the agency existed: error = %v, want *SuccessionError", err)
	}
	if _, err := r.Successor("ubnd-huyen-dinh-hoa", day(2025, 8, 1)); !errors.As(err, &se) || !strings.Contains(err.Error(), "no successor") {
		t.Errorf("district after 2025: error = %v, want no successor", err)
	}
	if _, err := r.Successor("so-khong-co", day(2017, 1, 1)); !errors.Is(err, agency.ErrUnknown) {
		t.Errorf("unknown id: error = %v, want ErrUnknown", err)
	}
	if _, err := r.Successor("so-noi-vu", calendar.Date{}); !errors.As(err, &se) {
		t.Errorf("zero date: error = %v, want *SuccessionError", err)
	}
}

func catalogue(agencies ...agency.Agency) agency.Catalogue {
	return agency.Catalogue{Format: "cchc-agencies", Version: 1, Name: "test", Agencies: agencies}
}

func TestNewReportsEveryProblem(t *testing.T) {
	c := catalogue(
		agency.Agency{Name: "Sở A", Level: agency.Province, Kind: agency.Department},
		agency.Agency{Name: "Sở B", Level: agency.Province, Kind: agency.Department},
		agency.Agency{Name: "Sở A", Level: agency.Province, Kind: agency.Department}, // duplicate id
		agency.Agency{Name: "", Level: agency.Province, Kind: agency.Department},     // empty name
		agency.Agency{Name: "Phòng C", Level: agency.District, Kind: agency.SectorAgency, Parent: "so-khong-co"},
		agency.Agency{Name: "Sở D", Level: agency.Province, Kind: agency.Department, From: day(2020, 1, 1), Until: day(2019, 1, 1)},
	)
	c.Transfers = []agency.Transfer{
		{From: "so-a", To: "so-b", On: day(2020, 1, 1)},
		{From: "so-b", To: "so-a", On: day(2021, 1, 1)},        // closes a cycle
		{From: "so-a", To: "so-khong-co", On: day(2020, 1, 1)}, // unknown target
	}
	r, err := agency.New(c)
	if err == nil {
		t.Fatal("New accepted broken data")
	}
	var de *agency.DataError
	var pe *agency.ParentError
	var ce *agency.CycleError
	if !errors.As(err, &pe) || pe.ID != "phong-c" || pe.Parent != "so-khong-co" {
		t.Errorf("missing parent not reported: %v", err)
	}
	if !errors.As(err, &ce) || len(ce.Path) != 3 {
		t.Errorf("cycle not reported: %v", err)
	}
	if !errors.As(err, &de) {
		t.Errorf("data problems not reported: %v", err)
	}
	msg := err.Error()
	for _, want := range []string{"duplicate id so-a", "name: empty", "before from", "unknown agency so-khong-co", "so-a -> so-b -> so-a", `parent "so-khong-co" of "phong-c"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error does not mention %q:\n%s", want, msg)
		}
	}
	// What was valid is kept.
	if r == nil {
		t.Fatal("New returned no registry")
	}
	for _, id := range []agency.ID{"so-a", "so-b", "phong-c"} {
		if _, ok := r.Agency(id); !ok {
			t.Errorf("valid agency %s dropped", id)
		}
	}
}

func TestHierarchyTwoTier(t *testing.T) {
	p := catalogue(
		agency.Agency{Name: "UBND huyện Một", Level: agency.District, Kind: agency.PeoplesCommittee, Parent: "ubnd", Until: day(2025, 6, 30)},
		agency.Agency{Name: "UBND xã A", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd-huyen-mot", Until: day(2025, 6, 30)},
		agency.Agency{Name: "UBND xã B", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd-huyen-mot", Until: day(2025, 6, 30)},
		agency.Agency{Name: "UBND xã Mới", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd", From: day(2025, 7, 1)},
	)
	p.Province = "Tỉnh Thử"
	p.Transfers = []agency.Transfer{
		{From: "ubnd-xa-a", To: "ubnd-xa-moi", On: day(2025, 7, 1), Basis: "sắp xếp đơn vị hành chính"},
		{From: "ubnd-xa-b", To: "ubnd-xa-moi", On: day(2025, 7, 1)},
	}
	r, err := agency.New(agency.Builtin(), p)
	if err != nil {
		t.Fatal(err)
	}
	before, after := day(2024, 1, 1), day(2025, 8, 1)
	check := func(what string, got []agency.ID, want ...agency.ID) {
		t.Helper()
		if strings.Join(ids(got), ",") != strings.Join(ids(want), ",") {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	exp, _ := r.ExpandText("UBND cấp huyện", before)
	check("districts before", exp.IDs, "ubnd-huyen-mot")
	exp, _ = r.ExpandText("UBND cấp huyện", after)
	check("districts after", exp.IDs)
	if !exp.Open {
		t.Error("district group after 2025 should be marked open")
	}
	exp, _ = r.ExpandText("UBND các xã, phường, thị trấn", before)
	check("communes before", exp.IDs, "ubnd-xa-a", "ubnd-xa-b")
	exp, _ = r.ExpandText("UBND cấp xã", after)
	check("communes after", exp.IDs, "ubnd-xa-moi")
	check("children of the district", r.Children("ubnd-huyen-mot", before), "ubnd-xa-a", "ubnd-xa-b")
	if kids := r.Children("ubnd", after); !contains(kids, "ubnd-xa-moi") || contains(kids, "ubnd-huyen-mot") {
		t.Errorf("children of the province after 2025 = %v", kids)
	}
	if p, ok := r.Parent("ubnd-xa-a"); !ok || p != "ubnd-huyen-mot" {
		t.Errorf("Parent(ubnd-xa-a) = %q, %v", p, ok)
	}
	if s, err := r.Successor("ubnd-xa-a", after); err != nil || s != "ubnd-xa-moi" {
		t.Errorf("Successor(ubnd-xa-a) = %q, %v", s, err)
	}
}

func TestGroupsWithoutHierarchy(t *testing.T) {
	// Default holds several provinces: it cannot say whose districts.
	exp, err := agency.Default().ExpandText("UBND cấp huyện", day(2017, 7, 19))
	if err != nil || len(exp.IDs) != 0 || !exp.Open {
		t.Errorf("Default districts = %v, open %v, %v; want none, open", exp.IDs, exp.Open, err)
	}
	r, err := agency.New(agency.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	exp, err = r.ExpandText("Các sở, ban, ngành, UBND cấp huyện", day(2017, 7, 19))
	if err != nil || !exp.Open || !contains(exp.IDs, "so-noi-vu") {
		t.Errorf("generic registry: %v, open %v, %v", exp.IDs, exp.Open, err)
	}
}

func TestExpandByDate(t *testing.T) {
	r, err := agency.ForProvince("Thái Nguyên")
	if err != nil {
		t.Fatal(err)
	}
	old, _ := r.ExpandText("Các sở, ban, ngành", day(2017, 7, 19))
	now, _ := r.ExpandText("Các sở, ban, ngành", day(2025, 8, 1))
	for _, id := range []agency.ID{"so-thong-tin-truyen-thong", "so-ke-hoach-dau-tu", "ban-dan-toc"} {
		if !contains(old.IDs, id) || contains(now.IDs, id) {
			t.Errorf("%s: in 2017 %v, in 2025 %v", id, contains(old.IDs, id), contains(now.IDs, id))
		}
	}
	for _, id := range []agency.ID{"so-nong-nghiep-moi-truong", "so-dan-toc-ton-giao"} {
		if contains(old.IDs, id) || !contains(now.IDs, id) {
			t.Errorf("%s: in 2017 %v, in 2025 %v", id, contains(old.IDs, id), contains(now.IDs, id))
		}
	}
	dist, _ := r.ExpandText("UBND các huyện, thành phố, thị xã", day(2017, 7, 19))
	if len(dist.IDs) != 9 {
		t.Errorf("Thái Nguyên had 9 district-level units in 2017, got %d: %v", len(dist.IDs), dist.IDs)
	}
	bad, err := r.ExpandText("Sở Nội vụ, Sở Ngoại vụ", day(2017, 7, 19))
	if err == nil || len(bad.IDs) != 1 || bad.Matches[1].Err == nil {
		t.Errorf("unknown partner: %v, %v", bad.IDs, err)
	}
}

func TestSelectorErrors(t *testing.T) {
	for _, text := range []string{"", "  ", ",;,", "và"} {
		_, err := agency.ParseSelector(text)
		var pe *agency.ParseError
		if !errors.As(err, &pe) || pe.Input != text {
			t.Errorf("ParseSelector(%q) error = %v, want *ParseError naming the input", text, err)
		}
	}
	sel, err := agency.ParseSelector("Sở Nội vụ, (), Sở Tư pháp")
	if err == nil || len(sel.Items()) != 3 || sel.Items()[1].Err == nil {
		t.Errorf("item that cannot be read: %v, %+v", err, sel.Items())
	}
}

func TestIDs(t *testing.T) {
	tests := []struct {
		name string
		want agency.ID
	}{
		{"Sở Nội vụ", "so-noi-vu"},
		{"Sở Tư pháp", "so-tu-phap"},
		{"Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu"},
		{"Sở Thông tin và Truyền thông", "so-thong-tin-truyen-thong"},
		{"Văn phòng UBND tỉnh", "van-phong-ubnd"},
		{"Sở Lao động - Thương binh và Xã hội", "so-lao-dong-thuong-binh-xa-hoi"},
		{"Tỉnh ủy", "tinh-uy"},
		{"Đài Phát thanh và Truyền hình tỉnh", "dai-phat-thanh-truyen-hinh"},
	}
	for _, tt := range tests {
		if got, err := agency.MakeID(tt.name); err != nil || got != tt.want {
			t.Errorf("MakeID(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := agency.MakeID(" - "); err == nil {
		t.Error("MakeID of punctuation gave an id")
	}
	for _, bad := range []string{"", "Sở", "so--noi", "-so", "so-", "so noi"} {
		if _, err := agency.ParseID(bad); err == nil {
			t.Errorf("ParseID(%q) accepted", bad)
		}
	}
	u := agency.ID("so-noi-vu").UUID()
	if u.Version() != 5 || u != agency.ID("so-noi-vu").UUID() || u == agency.ID("so-tu-phap").UUID() {
		t.Errorf("UUID %s: want a stable version-5 UUID distinct per ID", u)
	}
	// Every ID of the built-in data is well formed and its UUID unique.
	seen := map[string]agency.ID{}
	for _, a := range agency.Default().Agencies(calendar.Date{}) {
		if _, err := agency.ParseID(string(a.ID)); err != nil {
			t.Error(err)
		}
		if o, dup := seen[a.ID.UUID().String()]; dup {
			t.Errorf("UUID clash %s %s", a.ID, o)
		}
		seen[a.ID.UUID().String()] = a.ID
	}
}

func TestJSON(t *testing.T) {
	type row struct {
		Lead  agency.ID       `json:"lead"`
		Level agency.Level    `json:"level"`
		Kind  agency.Kind     `json:"kind"`
		Group agency.Group    `json:"group"`
		Sel   agency.Selector `json:"sel"`
	}
	sel, _ := agency.ParseSelector("Sở Nội vụ, các sở, ban, ngành")
	in := row{"so-noi-vu", agency.District, agency.Department, agency.Communes, sel}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"lead":"so-noi-vu","level":"district","kind":"department","group":"communes","sel":"Sở Nội vụ, các sở, ban, ngành"}`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var out row
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Lead != in.Lead || out.Level != in.Level || out.Kind != in.Kind || out.Group != in.Group || !out.Sel.Equal(in.Sel) {
		t.Errorf("round trip = %+v, want %+v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"lead":"Sở Nội vụ"}`), &out); err == nil {
		t.Error("a name was accepted as an ID")
	}
	if err := json.Unmarshal([]byte(`{"level":"tinh-lon"}`), &out); err == nil {
		t.Error("unknown level accepted")
	}
	if l, err := agency.ParseLevel("tỉnh"); err != nil || l != agency.Province {
		t.Errorf("ParseLevel(tỉnh) = %v, %v", l, err)
	}
	if s := agency.Kind(200).String(); s != "Kind(200)" {
		t.Errorf("out-of-range Kind prints %q", s)
	}
}

func TestReadCatalogue(t *testing.T) {
	text := `{"format": "cchc-agencies", "version": 1, "province": "Tỉnh Thử", "agencies": [
		{"name": "UBND huyện Một", "level": "district", "kind": "peoples-committee", "parent": "ubnd", "until": "2025-06-30"}]}`
	c, err := agency.ReadCatalogue(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	r, err := agency.New(agency.Builtin(), c)
	if err != nil {
		t.Fatal(err)
	}
	a, ok := r.Agency("ubnd-huyen-mot")
	if !ok || a.Province != "Tỉnh Thử" || a.Until != day(2025, 6, 30) || a.String() != "UBND huyện Một" {
		t.Errorf("read agency = %+v", a)
	}
	for _, bad := range []string{`{"format": "x", "version": 1}`, `{"format": "cchc-agencies", "version": 1, "agencies": [{"nam": "x"}]}`, `{`} {
		if _, err := agency.ReadCatalogue(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCatalogue(%s) accepted", bad)
		}
	}
}

func TestSeedProvinces(t *testing.T) {
	want := map[string]int{"Thái Nguyên": 9, "Bình Phước": 11, "Bắc Kạn": 8, "Lạng Sơn": 11}
	for _, p := range agency.SeedProvinces() {
		r, err := agency.ForProvince(p)
		if err != nil {
			t.Fatal(err)
		}
		exp, _ := r.ExpandText("UBND cấp huyện", day(2015, 1, 1))
		if len(exp.IDs) != want[p] {
			t.Errorf("%s: %d district-level units, want %d", p, len(exp.IDs), want[p])
		}
		delete(want, p)
	}
	if len(want) != 0 {
		t.Errorf("seed provinces missing: %v", want)
	}
	if _, err := agency.ForProvince("thai nguyen"); err != nil {
		t.Errorf("ForProvince without diacritics: %v", err)
	}
	var ve *agency.ValueError
	if _, err := agency.ForProvince("Hà Giang"); !errors.As(err, &ve) || ve.What != "province" {
		t.Errorf("ForProvince(unknown) error = %v, want *ValueError", err)
	}
}

func TestCollationOrder(t *testing.T) {
	r, _ := agency.ForProvince("Thái Nguyên")
	exp, _ := r.ExpandText("UBND cấp huyện", day(2017, 7, 19))
	var names []string
	for _, id := range exp.IDs {
		names = append(names, r.Name(id))
	}
	want := "UBND huyện Đại Từ,UBND huyện Định Hóa,UBND huyện Đồng Hỷ,UBND huyện Phú Bình,UBND huyện Phú Lương,UBND huyện Võ Nhai,UBND thành phố Sông Công,UBND thành phố Thái Nguyên,UBND thị xã Phổ Yên"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

func TestConcurrentUse(t *testing.T) {
	r := agency.Default()
	sel, _ := agency.ParseSelector("Sở Nội vụ, các sở, ban, ngành")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				if _, err := r.Resolve("Sở Nội Vụ"); err != nil {
					t.Error(err)
				}
				_, _ = r.Resolve("không có")
				_, _ = r.Expand(sel, day(2017, 1, 1))
				_, _ = r.Successor("so-thong-tin-truyen-thong", day(2025, 8, 1))
			}
		})
	}
	wg.Wait()
}

func ids(list []agency.ID) []string {
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = string(id)
	}
	return out
}

func contains(list []agency.ID, id agency.ID) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

// The title of a head before a name means the agency or group itself.
func TestResolveTitles(t *testing.T) {
	r := agency.Default()
	tests := []struct {
		name string
		want agency.ID
	}{
		{"Giám đốc Sở Tài chính", "so-tai-chinh"},
		{"Giám đốc Sở Nội vụ", "so-noi-vu"},
		{"Chủ tịch UBND tỉnh", "ubnd"},
		{"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "ubnd"},
		{"Thủ trưởng Thanh tra tỉnh", "thanh-tra"},
		{"Người đứng đầu Văn phòng UBND tỉnh", "van-phong-ubnd"},
		{"Lãnh đạo Sở Tư pháp", "so-tu-phap"},
		{"Giam doc So Tai chinh", "so-tai-chinh"},
		{"GIÁM ĐỐC SỞ Y TẾ", "so-y-te"},
		// Names that start like a title are names.
		{"Thủ tướng Chính phủ", "thu-tuong-chinh-phu"},
		{"Thường trực Tỉnh ủy", "tinh-uy"},
	}
	for _, tt := range tests {
		if got, err := r.Resolve(tt.name); err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		name      string
		candidate agency.ID // the closest agency offered; "" for none
	}{
		{"Giám đốc Sở Ngoại vụ", "so-noi-vu"},
		{"Giám đốc", ""},
		{"Thủ trưởng các sở", ""}, // a group, not one agency
		{"Chủ tịch", ""},
	} {
		_, err := r.Resolve(tt.name)
		var le *agency.LookupError
		if !errors.As(err, &le) || !errors.Is(err, agency.ErrUnknown) || le.Name != tt.name {
			t.Errorf("Resolve(%q) error = %v, want ErrUnknown naming the input", tt.name, err)
			continue
		}
		if tt.candidate != "" && (len(le.Candidates) == 0 || le.Candidates[0].ID != tt.candidate) {
			t.Errorf("Resolve(%q) candidates = %+v, want %s first", tt.name, le.Candidates, tt.candidate)
		}
	}
}

// A committee named by its type alone is the province's only committee of
// that type; with several it is ambiguous.
func TestResolveCommitteeType(t *testing.T) {
	bk, err := agency.ForProvince("Bắc Kạn")
	if err != nil {
		t.Fatal(err)
	}
	if id, err := bk.Resolve("UBND thị xã"); err != nil || id != "ubnd-thi-xa-bac-kan" {
		t.Errorf("Bắc Kạn: Resolve(UBND thị xã) = %q, %v", id, err)
	}
	if id, err := bk.Resolve("Ủy ban nhân dân thị xã"); err != nil || id != "ubnd-thi-xa-bac-kan" {
		t.Errorf("Bắc Kạn: Resolve(Ủy ban nhân dân thị xã) = %q, %v", id, err)
	}
	for _, tt := range []struct {
		province, name string
		candidates     int
	}{
		{"Thái Nguyên", "UBND thành phố", 3},
		{"Bình Phước", "UBND thị xã", 4},
		{"Lạng Sơn", "UBND huyện", 10},
	} {
		r, err := agency.ForProvince(tt.province)
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.Resolve(tt.name)
		var le *agency.LookupError
		if !errors.As(err, &le) || !errors.Is(err, agency.ErrAmbiguous) || len(le.Candidates) != tt.candidates {
			t.Errorf("%s: Resolve(%q) error = %v, want ErrAmbiguous with %d candidates", tt.province, tt.name, err, tt.candidates)
		}
	}
	// The built-in registry holds the towns of several provinces.
	_, err = agency.Default().Resolve("UBND thị xã")
	if !errors.Is(err, agency.ErrAmbiguous) {
		t.Errorf("Default: Resolve(UBND thị xã) error = %v, want ErrAmbiguous", err)
	}
}

func TestSelectorTitles(t *testing.T) {
	tests := []struct {
		text  string
		items []agency.Item
	}{
		{"Giám đốc Sở Tài chính", []agency.Item{
			{Text: "Giám đốc Sở Tài chính", Name: "Sở Tài chính", Title: "giám đốc"}}},
		{"Thủ trưởng các Sở: Nội vụ, Tư pháp", []agency.Item{
			{Text: "Nội vụ", Name: "Sở Nội vụ", Title: "thủ trưởng"},
			{Text: "Tư pháp", Name: "Sở Tư pháp", Title: "thủ trưởng"}}},
		// A title carries over to the next entry that starts with "các"...
		{"người đứng đầu các cấp, các ngành", []agency.Item{
			{Text: "người đứng đầu các cấp", Group: agency.Committees, Title: "người đứng đầu"},
			{Text: "các ngành", Group: agency.Agencies, Title: "người đứng đầu"}}},
		// ...and to no other.
		{"Giám đốc các sở, UBND các huyện", []agency.Item{
			{Text: "Giám đốc các sở", Group: agency.Departments, Title: "giám đốc"},
			{Text: "UBND các huyện", Group: agency.Districts}}},
		{"Giám đốc các sở; các ngành", []agency.Item{
			{Text: "Giám đốc các sở", Group: agency.Departments, Title: "giám đốc"},
			{Text: "các ngành", Group: agency.Agencies}}},
		{"Thủ trưởng các cơ quan, đơn vị có liên quan", []agency.Item{
			{Text: "Thủ trưởng các cơ quan, đơn vị có liên quan", Group: agency.Related, Title: "thủ trưởng"}}},
		{"Lãnh đạo UBND cấp huyện có liên quan", []agency.Item{
			{Text: "Lãnh đạo UBND cấp huyện có liên quan", Group: agency.Districts, Partial: true, Title: "lãnh đạo"}}},
		// A clause describes the entry up to the end of the list.
		{"Sở Nội vụ; Các thành viên UBND tỉnh được giao phụ trách các ngành, các lĩnh vực", []agency.Item{
			{Text: "Sở Nội vụ", Name: "Sở Nội vụ"},
			{Text: "Các thành viên UBND tỉnh được giao phụ trách các ngành, các lĩnh vực", Name: "UBND tỉnh", Title: "thành viên"}}},
		// A title alone names nobody the registry knows: it stays a name.
		{"Giám đốc", []agency.Item{{Text: "Giám đốc", Name: "Giám đốc"}}},
	}
	for _, tt := range tests {
		sel, _ := agency.ParseSelector(tt.text)
		if got := sel.Items(); !slices.EqualFunc(got, tt.items, agency.Item.Equal) {
			t.Errorf("ParseSelector(%q) items\n  %+v\nwant\n  %+v", tt.text, got, tt.items)
		}
	}
}

// A name of the data that starts like a title is a name.
func TestSelectorTitleInName(t *testing.T) {
	r, err := agency.New(agency.Builtin(), catalogue(agency.Agency{Name: "Chủ tịch nước", Level: agency.Central, Kind: agency.CentralBody}))
	if err != nil {
		t.Fatal(err)
	}
	sel, err := r.ParseSelector("Chủ tịch nước, Giám đốc Sở Tư pháp")
	want := []string{"chu-tich-nuoc", "so-tu-phap^giám đốc"}
	if got := describe(t, r, sel); err != nil || !slices.Equal(got, want) {
		t.Errorf("reads as %q, %v; want %q", got, err, want)
	}
}

// Group phrases written back to back, their separator lost, are one item
// each; anything else stays whole.
func TestSelectorBackToBack(t *testing.T) {
	r, err := agency.ForProvince("Thái Nguyên")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"UBND cấp huyện UBND cấp xã", []string{gD, gC}},
		{"Chủ tịch UBND cấp huyện UBND cấp xã", []string{gD + "^chủ tịch", gC}},
		{"UBND cấp huyện UBND cấp xã, Sở Nội vụ", []string{gD, gC, "so-noi-vu"}},
		{"Ủy ban nhân dân các huyện Ủy ban nhân dân các xã", []string{gD, gC}},
		{"UBND các huyện, thành phố, thị xã", []string{gD}},
		{"UBND huyện Định Hóa", []string{"ubnd-huyen-dinh-hoa"}},
		{"UBND cấp huyện Sở Nội vụ", []string{"unresolved:UBND cấp huyện Sở Nội vụ"}},
		{"Các sở, ban, ngành có liên quan", []string{gA + "~"}},
	}
	for _, tt := range tests {
		sel, _ := r.ParseSelector(tt.text)
		if got := describe(t, r, sel); !slices.Equal(got, tt.want) {
			t.Errorf("%q reads as %q, want %q", tt.text, got, tt.want)
		}
	}
	_, err = r.ExpandText("UBND cấp huyện Sở Nội vụ", day(2017, 7, 19))
	var le *agency.LookupError
	if !errors.As(err, &le) || !errors.Is(err, agency.ErrUnknown) || len(le.Candidates) == 0 {
		t.Errorf("unknown entry: error = %v, want ErrUnknown with candidates", err)
	}
}

// Party committees, mass organisations and a district's offices are open
// sets: the registry gives the members it holds.
func TestOpenGroups(t *testing.T) {
	bk, err := agency.ForProvince("Bắc Kạn")
	if err != nil {
		t.Fatal(err)
	}
	on := day(2011, 1, 1)
	tests := []struct {
		text string
		want []agency.ID // members that must be listed
		n    int         // how many members in all
		open bool
	}{
		{"các cấp uỷ Đảng", []agency.ID{"tinh-uy"}, 1, true},
		{"các tổ chức đoàn thể các cấp", []agency.ID{"uy-ban-mat-tran-to-quoc-viet-nam", "tinh-doan", "hoi-nong-dan"}, 6, true},
		{"các phòng, ban chuyên môn thuộc thị xã", nil, 0, true},
		// The province and its districts; no commune is on record.
		{"UBND các cấp", []agency.ID{"ubnd", "ubnd-thi-xa-bac-kan", "ubnd-huyen-ba-be"}, 9, true},
		{"Các sở, ban, ngành", []agency.ID{"so-noi-vu"}, 22, false},
	}
	for _, tt := range tests {
		exp, err := bk.ExpandText(tt.text, on)
		if err != nil || len(exp.IDs) != tt.n || exp.Open != tt.open {
			t.Errorf("%q: %d agencies %v, open %v, %v; want %d, open %v", tt.text, len(exp.IDs), exp.IDs, exp.Open, err, tt.n, tt.open)
		}
		for _, id := range tt.want {
			if !contains(exp.IDs, id) {
				t.Errorf("%q: %s missing from %v", tt.text, id, exp.IDs)
			}
		}
	}
	// With the whole hierarchy on record the committees of every level are
	// a closed set.
	p := catalogue(
		agency.Agency{Name: "UBND huyện Một", Level: agency.District, Kind: agency.PeoplesCommittee, Parent: "ubnd"},
		agency.Agency{Name: "UBND xã A", Level: agency.Commune, Kind: agency.PeoplesCommittee, Parent: "ubnd-huyen-mot"},
	)
	p.Province = "Tỉnh Thử"
	r, err := agency.New(agency.Builtin(), p)
	if err != nil {
		t.Fatal(err)
	}
	exp, err := r.ExpandText("UBND các cấp", on)
	if err != nil || exp.Open || strings.Join(ids(exp.IDs), ",") != "ubnd-huyen-mot,ubnd-xa-a,ubnd" {
		t.Errorf("UBND các cấp = %v, open %v, %v", exp.IDs, exp.Open, err)
	}
	// The built-in registry cannot say whose districts.
	exp, _ = agency.Default().ExpandText("UBND các cấp", on)
	if !exp.Open || len(exp.IDs) != 1 || exp.IDs[0] != "ubnd" {
		t.Errorf("Default: UBND các cấp = %v, open %v", exp.IDs, exp.Open)
	}
}

func TestGroupText(t *testing.T) {
	for g := agency.GroupNone; g <= agency.MassOrganisations; g++ {
		b, err := g.MarshalText()
		if err != nil {
			t.Fatalf("%v: %v", g, err)
		}
		var back agency.Group
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("%v: round trip gives %v, %v", g, back, err)
		}
		if g == agency.GroupNone {
			continue
		}
		if v, err := agency.ParseGroup(g.Vietnamese()); err != nil || v != g {
			t.Errorf("ParseGroup(%q) = %v, %v; want %v", g.Vietnamese(), v, err, g)
		}
		// The phrase a group prints as reads as that group.
		sel, err := agency.ParseSelector(g.Vietnamese())
		if err != nil || len(sel.Items()) != 1 || sel.Items()[0].Group != g {
			t.Errorf("ParseSelector(%q) = %+v, %v; want group %v", g.Vietnamese(), sel.Items(), err, g)
		}
	}
}
