package agency_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
)

// Spellings from the seed plans all find their agency.
func ExampleRegistry_Resolve() {
	r := agency.Default()
	for _, name := range []string{"SNV", "Sở Nội Vụ", "Sở Nội vụ tỉnh Thái Nguyên", "TT tâm thông tin tỉnh", "Đài PT - TH", "VPUBND tỉnh"} {
		id, err := r.Resolve(name)
		fmt.Printf("%-28s %s %v\n", name, id, err)
	}
	// Output:
	// SNV                          so-noi-vu <nil>
	// Sở Nội Vụ                    so-noi-vu <nil>
	// Sở Nội vụ tỉnh Thái Nguyên   so-noi-vu <nil>
	// TT tâm thông tin tỉnh        trung-tam-thong-tin <nil>
	// Đài PT - TH                  dai-phat-thanh-truyen-hinh <nil>
	// VPUBND tỉnh                  van-phong-ubnd <nil>
}

// "UBND cấp huyện" expands to the districts, cities and towns of a province
// on a given day.
func ExampleRegistry_ExpandText() {
	r, _ := agency.ForProvince("Thái Nguyên")
	exp, _ := r.ExpandText("UBND cấp huyện", calendar.NewDate(2017, 7, 19))
	for _, id := range exp.IDs {
		fmt.Println(r.Name(id))
	}
	// Output:
	// UBND huyện Đại Từ
	// UBND huyện Định Hóa
	// UBND huyện Đồng Hỷ
	// UBND huyện Phú Bình
	// UBND huyện Phú Lương
	// UBND huyện Võ Nhai
	// UBND thành phố Sông Công
	// UBND thành phố Thái Nguyên
	// UBND thị xã Phổ Yên
}

// Who holds the duties of the Sở Thông tin và Truyền thông on 1 August 2025.
func ExampleRegistry_Successor() {
	r := agency.Default()
	id, _ := r.Successor("so-thong-tin-truyen-thong", calendar.NewDate(2025, time.August, 1))
	fmt.Println(r.Name(id))
	// Output: Sở Khoa học và Công nghệ
}

// Duties that moved on their own: kiểm soát TTHC left the Sở Tư pháp in 2017.
func ExampleRegistry_Holder() {
	r := agency.Default()
	for _, d := range []calendar.Date{calendar.NewDate(2017, time.July, 1), calendar.NewDate(2018, time.January, 1)} {
		id, _ := r.Holder("so-tu-phap", agency.DutyProcedureControl, d)
		fmt.Println(d, r.Name(id))
	}
	// Output:
	// 2017-07-01 Sở Tư pháp
	// 2018-01-01 Văn phòng UBND tỉnh
}

func ExampleRegistry_Heirs() {
	r := agency.Default()
	heirs, _ := r.Heirs("so-lao-dong-thuong-binh-xa-hoi", calendar.NewDate(2025, time.August, 1))
	for _, h := range heirs {
		what := "main"
		if h.Duty != "" {
			what = r.Duty(h.Duty)
		}
		fmt.Printf("%s: %s\n", what, r.Name(h.ID))
	}
	// Output:
	// main: Sở Nội vụ
	// bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội: Sở Y tế
	// giáo dục nghề nghiệp: Sở Giáo dục và Đào tạo
}

// A cell of a plan's annex, read into items without a date.
func ExampleParseSelector() {
	sel, _ := agency.ParseSelector("Các Sở: Nội vụ, Kế hoạch và Đầu tư, Tài chính; UBND cấp huyện, cấp xã")
	for _, it := range sel.Items() {
		if it.Group != agency.GroupNone {
			fmt.Printf("%-20s group %s\n", it.Text, it.Group)
		} else {
			fmt.Printf("%-20s agency %q\n", it.Text, it.Name)
		}
	}
	// Output:
	// Nội vụ               agency "Sở Nội vụ"
	// Kế hoạch và Đầu tư   agency "Sở Kế hoạch và Đầu tư"
	// Tài chính            agency "Sở Tài chính"
	// UBND cấp huyện       group districts
	// cấp xã               group communes
}

// The heads of agencies mean the agencies: the title is kept apart.
func ExampleParseSelector_heads() {
	sel, _ := agency.ParseSelector("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã và Giám đốc Sở Tài chính")
	for _, it := range sel.Items() {
		fmt.Printf("%-16q %-10s %q\n", it.Title, it.Group, it.Name)
	}
	// Output:
	// "thủ trưởng"     agencies   ""
	// "chủ tịch"       districts  ""
	// "giám đốc"       none       "Sở Tài chính"
}

// A selector keeps its text; printing and parsing it again gives the same
// value.
func ExampleSelector() {
	sel, _ := agency.ParseSelector("Sở Nội vụ và các cơ quan, đơn vị có liên quan")
	again, _ := agency.ParseSelector(sel.String())
	fmt.Println(sel, len(sel.Items()), sel.Equal(again))
	// Output: Sở Nội vụ và các cơ quan, đơn vị có liên quan 2 true
}

// An item keeps its role word.
func ExampleItem() {
	sel, _ := agency.ParseSelector("Sở Nội vụ thẩm định")
	it := sel.Items()[0]
	fmt.Printf("%q %q %q\n", it.Text, it.Name, it.Label)
	// Output: "Sở Nội vụ thẩm định" "Sở Nội vụ" "thẩm định"
}

// An expansion tells which items resolved, and whether the set is open.
func ExampleExpansion() {
	r, _ := agency.ForProvince("Bình Phước")
	exp, err := r.ExpandText("Sở Tài chính và các cơ quan, đơn vị có liên quan", calendar.NewDate(2018, time.January, 1))
	fmt.Println(exp.IDs, exp.Open, err)
	// Output: [so-tai-chinh] true <nil>
}

// A partner that does not resolve is reported per item; the rest is kept.
func ExampleMatch() {
	r := agency.Default()
	exp, _ := r.ExpandText("Sở Nội vụ, Sở Ngoại vụ", calendar.NewDate(2017, time.July, 19))
	for _, m := range exp.Matches {
		fmt.Println(m.Item.Text, m.IDs, m.Err != nil)
	}
	// Output:
	// Sở Nội vụ [so-noi-vu] false
	// Sở Ngoại vụ [] true
}

func ExampleLookupError() {
	_, err := agency.Default().Resolve("Sở Ngoại vụ")
	var le *agency.LookupError
	if errors.As(err, &le) {
		fmt.Println(le.Candidates[0].Name, errors.Is(err, agency.ErrUnknown))
	}
	// Output: Sở Nội vụ true
}

func ExampleID() {
	id, _ := agency.MakeID("Sở Kế hoạch và Đầu tư")
	fmt.Println(id, id.UUID().Version())
	// Output: so-ke-hoach-dau-tu VERSION_5
}

func ExampleAgency() {
	a, _ := agency.Default().Agency("so-thong-tin-truyen-thong")
	fmt.Println(a, "|", a.English, "|", a.Abbreviations[0], "|", a.Level, a.Kind, "|", a.Until)
	// Output: Sở Thông tin và Truyền thông | Department of Information and Communications | TT&TT | province department | 2025-02-28
}

func ExampleLevel() {
	fmt.Println(agency.Commune, agency.Commune.Vietnamese())
	// Output: commune xã
}

func ExampleKind() {
	k, _ := agency.ParseKind("central-branch")
	fmt.Println(k, "|", k.Vietnamese())
	// Output: central-branch | Cơ quan ngành dọc
}

func ExampleGroup() {
	fmt.Println(agency.Agencies, "|", agency.Agencies.Vietnamese())
	// Output: agencies | Các sở, ban, ngành
}

// A portal builds its registry from the built-in catalogue and its own list.
func ExampleNew() {
	mine := `{"format": "cchc-agencies", "version": 1, "province": "Tỉnh Thử", "agencies": [
	  {"name": "UBND huyện Một", "level": "district", "kind": "peoples-committee", "parent": "ubnd", "until": "2025-06-30"},
	  {"name": "UBND huyện Hai", "level": "district", "kind": "peoples-committee", "parent": "ubnd", "until": "2025-06-30"}]}`
	c, err := agency.ReadCatalogue(strings.NewReader(mine))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := agency.New(agency.Builtin(), c)
	if err != nil {
		fmt.Println(err)
		return
	}
	exp, _ := r.ExpandText("UBND các huyện", calendar.NewDate(2024, time.January, 1))
	fmt.Println(exp.IDs)
	// Output: [ubnd-huyen-hai ubnd-huyen-mot]
}

// Problems in a catalogue are reported together.
func ExampleDataError() {
	c := agency.Catalogue{Format: "cchc-agencies", Version: 1, Name: "mine", Agencies: []agency.Agency{
		{Name: "Phòng A", Level: agency.District, Kind: agency.SectorAgency, Parent: "khong-co"},
		{Name: "", Level: agency.District, Kind: agency.SectorAgency},
	}}
	_, err := agency.New(c)
	fmt.Println(err)
	// Output:
	// agency: mine: agency 2 "" name: empty
	// agency: parent "khong-co" of "phong-a" is missing
}

func ExampleCatalogue() {
	c := agency.Builtin()
	fmt.Println(c.Name, c.Duties[agency.DutyProcedureControl])
	// Output: 2025.1 kiểm soát thủ tục hành chính
}

func ExampleTransfer() {
	for _, t := range agency.Default().Transfers("so-tu-phap") {
		fmt.Println(t.From, "->", t.To, t.On, t.Duty, t.Basis)
	}
	// Output: so-tu-phap -> van-phong-ubnd 2017-09-25 procedure-control Nghị định 92/2017/NĐ-CP
}
