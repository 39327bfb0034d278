package examples_test

// The expected values in this file are read from the seed documents the
// example plans transcribe (000 Bắc Kạn 2011-2015, 001 Thái Nguyên 2017,
// 002 Bình Phước 2018, 003 thị xã Bắc Kạn, 004 Lạng Sơn 2013), never from
// the plan files: a test that only repeated the files could not catch a
// transcription mistake. Quoted seed lines say where a value comes from.

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/task"
)

var update = flag.Bool("update", false, "rewrite golden files")

var vn = calendar.Vietnam()

func day(y int, m time.Month, d int) calendar.Date { return calendar.NewDate(y, m, d) }

func load(t testing.TB, name string) *plan.Plan {
	t.Helper()
	p, err := examples.Load(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return p
}

func mustTask(t *testing.T, p *plan.Plan, number string) task.Task {
	t.Helper()
	tk, ok := p.Task(number)
	if !ok {
		t.Fatalf("%s: no task %s", p, number)
	}
	return tk
}

// constructors are the five functions of the package with the names the
// cchc command gives the plans, in the order of the seeds.
var constructors = []struct {
	name string
	load func() (*plan.Plan, error)
}{
	{"bac-kan-2011", examples.BacKan2011},
	{"thai-nguyen-2017", examples.ThaiNguyen2017},
	{"binh-phuoc-2018", examples.BinhPhuoc2018},
	{"bac-kan-town-2011", examples.BacKanTown2011},
	{"lang-son-2013", examples.LangSon2013},
}

func TestEveryPlanLoads(t *testing.T) {
	var names []string
	for _, c := range constructors {
		names = append(names, c.name)
	}
	if got := examples.Names(); !slices.Equal(got, names) {
		t.Fatalf("Names() = %v, want %v", got, names)
	}
	all, err := examples.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(constructors) {
		t.Fatalf("All() gives %d plans, want %d", len(all), len(constructors))
	}
	for i, c := range constructors {
		p, err := c.load()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		byName := load(t, c.name)
		if p == byName {
			t.Errorf("%s: two loads share one Plan", c.name)
		}
		for _, q := range []*plan.Plan{byName, all[i]} {
			if q.String() != p.String() || len(q.Tasks()) != len(p.Tasks()) || q.Province() != p.Province() {
				t.Errorf("%s: loads differ: %q (%d tasks) and %q (%d tasks)", c.name, p, len(p.Tasks()), q, len(q.Tasks()))
			}
		}
		data, err := examples.File(c.name)
		if err != nil || !bytes.Contains(data, []byte(`"format": "cchc-plan"`)) {
			t.Errorf("File(%q): %v, %d bytes", c.name, err, len(data))
		}
	}
}

func TestUnknownExample(t *testing.T) {
	for _, f := range []func(string) error{
		func(n string) error { _, err := examples.Load(n); return err },
		func(n string) error { _, err := examples.File(n); return err },
	} {
		err := f("ha-noi-2020")
		if err == nil || !strings.HasPrefix(err.Error(), "examples: ") || !strings.Contains(err.Error(), `"ha-noi-2020"`) {
			t.Errorf("unknown example: error %v", err)
		}
	}
	// The plan file itself, asked for by a path, is not an example name.
	if _, err := examples.File("../plans/thai-nguyen-2017"); err == nil {
		t.Error("File accepts a path")
	}
}

func TestLoadPassesOptions(t *testing.T) {
	p, err := examples.Load("binh-phuoc-2018", plan.WithFileName("bp.json"))
	if err != nil {
		t.Fatal(err)
	}
	probs := p.Validate()
	if len(probs) == 0 {
		t.Fatal("no problems to point at a file")
	}
	for _, pr := range probs {
		if pr.Place.File != "bp.json" {
			t.Fatalf("problem points at %q, want the caller's name bp.json: %v", pr.Place.File, pr)
		}
	}
}

// sectionCount is one section that holds tasks and how many.
type sectionCount struct {
	number string
	tasks  int
}

func TestTaskCountsPerSection(t *testing.T) {
	tests := []struct {
		name string
		want []sectionCount
	}{
		// Seed 000, "III. NHIỆM VỤ": numbered items and the "-" bullets under
		// them, each a task: 1.1 with 7 bullets, 1.2 with 4, 1.3 (14); 2.1 with
		// 5 bullets, 2.2-2.4 (9); 3.1-3.5 (5); 4.1-4.6 (6); 5.1-5.4 (4); 6.1
		// with 4 bullets, 6.2, 6.3 (7).
		{"bac-kan-2011", []sectionCount{{"1", 14}, {"2", 9}, {"3", 5}, {"4", 6}, {"5", 4}, {"6", 7}}},
		// Seed 001, annex "DANH MỤC NHIỆM VỤ": rows 1.1-1.8, 2.1-2.7, 3.1-3.8,
		// 4.1-4.3, 5.1-5.9, 6.1-6.3, 7.1-7.9, 8.1-8.7, 9.1-9.4.
		{"thai-nguyen-2017", []sectionCount{{"1", 8}, {"2", 7}, {"3", 8}, {"4", 3}, {"5", 9}, {"6", 3}, {"7", 9}, {"8", 7}, {"9", 4}}},
		// Seed 002, annex "KẾ HOẠCH CỤ THỂ ...": I 1-3, II 1-7, III 1-5, IV 1-4,
		// V 1-5, VI 1-10 and 13, VII 1-11.
		{"binh-phuoc-2018", []sectionCount{{"I", 3}, {"II", 7}, {"III", 5}, {"IV", 4}, {"V", 5}, {"VI", 11}, {"VII", 11}}},
		// Seed 003: "06 nhóm giải pháp", one sentence a task: 3, 2, 5, 2, and
		// the last paragraph's two groups joined by "và", 1 and 1.
		{"bac-kan-town-2011", []sectionCount{{"1", 3}, {"2", 2}, {"3", 5}, {"4", 2}, {"5", 1}, {"6", 1}}},
		// Seed 004, part II: item 1 has two "-" paragraphs, items 2-5 one each.
		{"lang-son-2013", []sectionCount{{"1", 2}, {"2", 1}, {"3", 1}, {"4", 1}, {"5", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := load(t, tt.name)
			var got []sectionCount
			sum := 0
			for _, s := range p.Sections() {
				for _, n := range s.Tasks {
					if tk := mustTask(t, p, n); tk.Section() != s.Number {
						t.Errorf("task %s listed in section %s says it stands in %s", n, s.Number, tk.Section())
					}
				}
				if len(s.Tasks) > 0 { // sections of prose only hold no tasks
					got = append(got, sectionCount{s.Number, len(s.Tasks)})
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sections with tasks = %v, want %v", got, tt.want)
			}
			for _, s := range tt.want {
				sum += s.tasks
			}
			if n := len(p.Tasks()); n != sum {
				t.Errorf("%d tasks, want %d", n, sum)
			}
			if m := p.Matrix().TaskNumbers(); len(m) != sum {
				t.Errorf("matrix has %d columns, want %d", len(m), sum)
			}
		})
	}
}

func TestBinhPhuocSectionVINumbers(t *testing.T) {
	// The annex numbers the rows of VI 1 to 10 and then 13.
	want := []string{"VI.1", "VI.2", "VI.3", "VI.4", "VI.5", "VI.6", "VI.7", "VI.8", "VI.9", "VI.10", "VI.13"}
	var got []string
	for _, tk := range load(t, "binh-phuoc-2018").Tasks() {
		if tk.Section() == "VI" {
			got = append(got, tk.Number())
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("section VI tasks = %v, want %v", got, want)
	}
}

// ref is a document reference as a plan cites it: number and date.
// Exported fields let a failure print the date as a date.
type ref struct {
	Number string
	Date   calendar.Date
}

func TestDocuments(t *testing.T) {
	tests := []struct {
		name         string
		number       string
		typ          plan.DocumentType
		date         calendar.Date
		placeAndDate string // the header line, where the seed prints one
		signer       string
		issuer       string
		issuedBy     *ref
		start, end   calendar.Date // the plan's period
		legalBases   []ref
		recipients   int
		duties       int
	}{
		{
			// The seed has no header or signature; the title gives the period:
			// "THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2011-2015 TỈNH BẮC KẠN".
			// Duties: C.II.1, 2.1-2.10 and 3, C.III.2, the two closing paragraphs.
			name: "bac-kan-2011", issuer: "UBND tỉnh Bắc Kạn",
			start: day(2011, 1, 1), end: day(2015, 12, 31), duties: 15,
		},
		{
			// "(Ban hành kèm theo Kế hoạch số 121/KH-UBND, ngày 19/7/2017 của UBND
			// tỉnh Thái Nguyên)"; "... TỈNH THÁI NGUYÊN NĂM 2017"; Căn cứ: "Thông báo
			// số 256/TB-VPCP ngày 06/6/2017", a "Thông báo kết quả kiểm tra" with no
			// number, "Quyết định số 4361/QĐ-BNV ngày 28/12/2016", "Quyết định số
			// 4373/QĐ-BNV ngày 29/12/2016", "Công văn số 42/BNV-CCHC ngày
			// 06/01/2017"; nine lines of Nơi nhận; nine duties in part III.
			name: "thai-nguyen-2017", number: "121/KH-UBND", typ: plan.DocPlan, date: day(2017, 7, 19),
			issuer: "UBND tỉnh Thái Nguyên", start: day(2017, 1, 1), end: day(2017, 12, 31),
			legalBases: []ref{
				{"256/TB-VPCP", day(2017, 6, 6)}, {"", calendar.Date{}}, {"4361/QĐ-BNV", day(2016, 12, 28)},
				{"4373/QĐ-BNV", day(2016, 12, 29)}, {"42/BNV-CCHC", day(2017, 1, 6)},
			},
			recipients: 9, duties: 9,
		},
		{
			// "Số: 3406/QĐUBND Bình Phước, ngày 28 tháng 12 năm 2017 ... KẾ HOẠCH CẢI
			// CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2018"; the plan itself has no number.
			// Signed "CHỦ TỊCH ... Nguyễn Văn Trăm". Six Căn cứ: Luật Tổ chức chính
			// quyền địa phương ngày 19/6/2015, 30c/NQCP ngày 08/11/2011, 07/CTTTg
			// ngày 22/5/2013, 225/QĐTTg ngày 04/02/2016, 553/QĐUBND ngày 16/3/2016,
			// 1144/QĐUBND ngày 18/5/2016. Ten lines of Nơi nhận. Duties: the eleven
			// of VI. TỔ CHỨC THỰC HIỆN, Điều 2 and the closing paragraph.
			name: "binh-phuoc-2018", date: day(2017, 12, 28), placeAndDate: "Bình Phước, ngày 28 tháng 12 năm 2017",
			signer: "Nguyễn Văn Trăm", issuedBy: &ref{"3406/QĐ-UBND", day(2017, 12, 28)},
			start: day(2018, 1, 1), end: day(2018, 12, 31),
			legalBases: []ref{
				{"", day(2015, 6, 19)}, {"30c/NQ-CP", day(2011, 11, 8)}, {"07/CT-TTg", day(2013, 5, 22)},
				{"225/QĐ-TTg", day(2016, 2, 4)}, {"553/QĐ-UBND", day(2016, 3, 16)}, {"1144/QĐ-UBND", day(2016, 5, 18)},
			},
			recipients: 10, duties: 13,
		},
		{
			// A news article: "giai đoạn 2011 – 2015", no document fields.
			name: "bac-kan-town-2011", start: day(2011, 1, 1), end: day(2015, 12, 31),
		},
		{
			// "Số : 62/KH-UBND Lạng Sơn, ngày 11 tháng 7 năm 2013", signed "KT.CHỦ
			// TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình". The plan states no period; it
			// carries out the programme "giai đoạn 2011-2020" of its title. One
			// Căn cứ, "Chỉ thị số 07/CT-TTg ngày 22/5/2013"; four duties in part III.
			name: "lang-son-2013", number: "62/KH-UBND", typ: plan.DocPlan, date: day(2013, 7, 11),
			placeAndDate: "Lạng Sơn, ngày 11 tháng 7 năm 2013", signer: "Nguyễn Văn Bình", issuer: "UBND tỉnh Lạng Sơn",
			start: day(2011, 1, 1), end: day(2020, 12, 31),
			legalBases: []ref{{"07/CT-TTg", day(2013, 5, 22)}}, duties: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := load(t, tt.name)
			d := p.Document()
			if d.Number != tt.number || d.Date != tt.date {
				t.Errorf("document %q of %v, want %q of %v", d.Number, d.Date, tt.number, tt.date)
			}
			if tt.typ != plan.DocUnspecified && d.Type != tt.typ {
				t.Errorf("type %q, want %q", d.Type, tt.typ)
			}
			if tt.placeAndDate != "" && d.PlaceAndDate() != tt.placeAndDate {
				t.Errorf("PlaceAndDate() = %q, want %q", d.PlaceAndDate(), tt.placeAndDate)
			}
			if d.Signer != tt.signer {
				t.Errorf("signer %q, want %q", d.Signer, tt.signer)
			}
			if tt.issuer != "" && d.Issuer != tt.issuer {
				t.Errorf("issuer %q, want %q", d.Issuer, tt.issuer)
			}
			switch {
			case tt.issuedBy == nil && d.IssuedBy != nil:
				t.Errorf("issued by %v, want none", d.IssuedBy)
			case tt.issuedBy != nil && (d.IssuedBy == nil || d.IssuedBy.Number != tt.issuedBy.Number || d.IssuedBy.Date != tt.issuedBy.Date):
				t.Errorf("issued by %v, want %v", d.IssuedBy, *tt.issuedBy)
			case tt.issuedBy != nil && d.IssuedBy.Type != plan.DocDecision:
				t.Errorf("issued by a %q, want a decision", d.IssuedBy.Type)
			}
			if per := p.Period(); per.Start() != tt.start || per.End() != tt.end {
				t.Errorf("period %v (%v to %v), want %v to %v", per, per.Start(), per.End(), tt.start, tt.end)
			}
			if len(tt.legalBases) > 0 {
				var got []ref
				for _, b := range d.LegalBases {
					got = append(got, ref{b.Number, b.Date})
				}
				if !slices.Equal(got, tt.legalBases) {
					t.Errorf("legal bases %v, want %v", got, tt.legalBases)
				}
			}
			if len(d.Recipients) != tt.recipients {
				t.Errorf("%d recipients, want %d", len(d.Recipients), tt.recipients)
			}
			if n := len(p.Duties()); n != tt.duties {
				t.Errorf("%d duties, want %d", n, tt.duties)
			}
		})
	}
}

// taskFact is what a seed says about one task. A zero due means the
// deadline gives no single day.
type taskFact struct {
	number   string
	title    string // the start of the title as the seed writes it
	lead     string // the lead cell; "" where the seed names none
	deadline string // the deadline cell; "" where the seed has none
	kind     calendar.DeadlineKind
	due      calendar.Date
}

func TestTasks(t *testing.T) {
	tests := []struct {
		name  string
		tasks []taskFact
	}{
		{"bac-kan-2011", []taskFact{
			// The seed is prose: no lead, partner or deadline cells; only the
			// bullet "- ... Các sở, ngành, UBND các huyện, thị xã xây dựng các
			// trang thông tin điện tử" (6.1) names who acts.
			{"1.1", "Căn cứ các quy định của pháp luật tiếp tục xây dựng", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"1.1.1", "Tạo điều kiện cho các thành phần kinh tế phát triển", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"1.1.7", "Các thủ tục hành chính liên quan đến người dân, doanh nghiệp", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"1.2.2", "Quy định rõ trách nhiệm của cơ quan chủ trì soạn thảo", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			// "Thường xuyên" opens the sentence; it is not a deadline cell.
			{"1.3", "Thường xuyên thực hiện kiểm tra, rà soát và hệ thống hoá", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"2.1.5", "Cập nhật kịp thời các thủ tục hành chính mới được công bố", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"2.4", "Thực hiện tốt quy định về tiếp nhận, xử lý phản ánh", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"3.4", "Tiếp tục đổi mới phương thức hoạt động của cơ quan hành chính", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"4.4", "Thưc hiện việc đào tạo, bồi dưỡng", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"5.3", "Thực hiện các quy định của Chính phủ về đổi mới cơ chế, chính sách tài chính đối với doanh nghiệp", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"6.1.4", "Công bố công khai, đầy đủ các dịch vụ hành chính công", "Các sở, ngành, UBND các huyện, thị xã", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"6.3", "Tập trung đầu tư xây dựng, nâng cấp trụ sở", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
		}},
		{"thai-nguyen-2017", []taskFact{
			{"1.1", "Rà soát, đánh giá mức độ thực hiện Kế hoạch CCHC năm 2017", "Sở Nội vụ", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
			{"1.2", "Tham mưu báo cáo công tác CCHC theo quy định.", "Sở Nội vụ", "Theo quy định", calendar.DeadlineByRegulation, calendar.Date{}},
			// The last working day of August 2017, a Thursday.
			{"1.3", "Tham mưu kiểm tra CCHC tại các cơ quan, đơn vị.", "Sở Nội vụ", "Tháng 8/2017", calendar.DeadlineWithinPeriod, day(2017, 8, 31)},
			// 30/9/2017 is a Saturday.
			{"1.4", "Tổ chức các hội nghị, tập huấn chuyên đề CCHC.", "Sở Nội vụ", "Tháng 9/2017", calendar.DeadlineWithinPeriod, day(2017, 9, 29)},
			{"1.7", "Tổ chức cuộc thi, tọa đàm, sân khấu hóa về CCHC.", "Các sở, ban, ngành, UBND cấp huyện", "Tháng 11/2017", calendar.DeadlineWithinPeriod, day(2017, 11, 30)},
			// 31/12/2017 is a Sunday and 1/1/2018 a holiday.
			{"1.8", "Xây dựng sáng kiến mới trong triển khai", "Các sở, ban, ngành, UBND cấp huyện", "31/12/2017", calendar.DeadlineFixed, day(2018, 1, 2)},
			{"2.3", "Rà soát, đánh giá mức độ hoàn thành kế hoạch theo dõi thi hành pháp luật", "Sở Tư pháp", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
			{"5.8", "Thực hiện các giải pháp nâng cao tỷ lệ đạt chuẩn CB, CC cấp xã (đạt 100%).", "UBND cấp huyện", "31/12/2017", calendar.DeadlineFixed, day(2018, 1, 2)},
			{"7.8", "Triển khai thực hiện kế hoạch áp dụng đồng bộ Hệ thống quản lý chất lượng", "Sở Khoa học và Công nghệ", "Theo kế hoạch", calendar.DeadlineByPlan, calendar.Date{}},
			// Through 2018: 31/12/2018 was given off for Saturday 5/1/2019.
			{"8.4", "Nghiên cứu đầu tư phần mềm một cửa", "Các sở: Tư pháp, Lao động - Thương binh và xã hội, Kế hoạch và đầu tư, Xây dựng, Tài nguyên và môi trường", "Năm 2017-2018", calendar.DeadlineSpan, day(2018, 12, 28)},
			{"8.6", "Thành lập Tổ nghiên cứu xây dựng Đề án Trung tâm Hành chính công", "Sở Nội vụ", "Quý III/2017", calendar.DeadlineWithinPeriod, day(2017, 9, 29)},
			{"9.3", "Thực hiện các giải pháp nâng cao chất lượng dịch vụ y tế công lập", "Sở Y tế", "31/12/2017", calendar.DeadlineFixed, day(2018, 1, 2)},
		}},
		{"binh-phuoc-2018", []taskFact{
			// The extraction interleaves the lead and partner columns, so a lead
			// is checked only where the plan's own "VI. TỔ CHỨC THỰC HIỆN" gives
			// that agency the work ("3. Sở Tư pháp Chủ trì ... Cải cách thể chế",
			// "2. Sở Nội vụ ... tăng cường công tác kiểm tra chuyên đề", "6. Sở Kế
			// hoạch và Đầu tư ... đổi mới môi trường đầu tư, kinh doanh", "8. Sở
			// Khoa học và Công nghệ ... áp dụng hệ thống quản lý chất lượng", ...)
			// or where the other cell carries a role word ("Sở Nội vụ thẩm
			// định", "Sở Nội vụ tổng hợp"). "Trong năm 2018" ends on Friday
			// 28/12/2018: 31/12/2018 was given off for Saturday 5/1/2019.
			{"I.1", "Chỉ đạo việc xây dựng, thẩm định và ban", "Sở Tư pháp", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			{"I.2", "Thường xuyên kiểm tra rà soát văn bản", "Sở Tư pháp", "Thường xuyên trong năm", calendar.DeadlineOngoing, calendar.Date{}},
			// "Quý I, II/2018": by the end of the second quarter; 30/6/2018 is a Saturday.
			{"III.3", "Xây dựng Đề án sắp xếp các đơn vị sự", "Sở Văn hóa, Thể thao và Du lịch; Sở Lao động, Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Sở Y tế và UBND cấp huyện", "Quý I, II/2018", calendar.DeadlineWithinPeriod, day(2018, 6, 29)},
			{"IV.1", "Tiếp tục thực hiện tinh giản biên chế", "Sở Nội vụ", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			{"V.1", "Tiếp tục thực hiện cấp mã số ngân sách", "Sở Tài chính", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			{"V.5", "Tham mưu các giải pháp thực hiện đổi mới", "Sở Kế hoạch và Đầu tư", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			// 31/3/2018 is a Saturday.
			{"VI.4", "Xây dựng và triển khai Kiến trúc Chính", "Sở Thông tin và Truyền thông", "Quý I/2018", calendar.DeadlineWithinPeriod, day(2018, 3, 30)},
			{"VI.10", "Xây dựng và triển khai áp dụng ISO hành", "Sở Khoa học và Công nghệ", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			{"VI.13", "Kiểm tra, giám sát hoạt động xây dựng", "Sở Khoa học và Công nghệ", "Trong năm 2018", calendar.DeadlineWithinPeriod, day(2018, 12, 28)},
			{"VII.2", "Xây dựng Kế hoạch kiểm tra chuyên đề", "Sở Nội vụ và các cơ quan, đơn vị có liên quan", "Quý I/2018", calendar.DeadlineWithinPeriod, day(2018, 3, 30)},
			{"VII.6", "Tự chấm điểm tiêu chí, tiêu chí thành", "Các sở, ban, ngành và UBND cấp huyện", "Khi có văn bản của Bộ Nội vụ", calendar.DeadlineOnEvent, calendar.Date{}},
			{"VII.7", "Định kỳ hoặc đột xuất theo dõi, tổng", "Sở Nội vụ", "Hàng quý, 6 tháng và năm hoặc đột xuất", calendar.DeadlineRecurring, calendar.Date{}},
		}},
		{"bac-kan-town-2011", []taskFact{
			{"1.1", "Tăng cường công tác chỉ đạo việc thực hiện các nhiệm vụ cải cách hành chính", "", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"1.2", "Các thành viên UBND thị xã", "Các thành viên UBND thị xã được phân công phụ trách các ngành, các lĩnh vực", "", calendar.DeadlineUnspecified, calendar.Date{}},
			{"4.2", "Đồng thời, thủ trưởng các cơ quan đơn vị cần cử", "thủ trưởng các cơ quan đơn vị", "", calendar.DeadlineUnspecified, calendar.Date{}},
		}},
		{"lang-son-2013", []taskFact{
			// "Thời gian: Trong tháng 8/2013." twice, "Thời gian: Thường xuyên."
			// four times. 31/8/2013 is a Saturday.
			{"1.1", "Sở Nội vụ có trách nhiệm xây dựng kế hoạch", "Sở Nội vụ", "Trong tháng 8/2013", calendar.DeadlineWithinPeriod, day(2013, 8, 30)},
			{"1.2", "Thủ trưởng các Sở, Ban, ngành tỉnh", "Thủ trưởng các Sở, Ban, ngành tỉnh, Lãnh đạo UBND các huyện, thành phố", "Trong tháng 8/2013", calendar.DeadlineWithinPeriod, day(2013, 8, 30)},
			{"2.1", "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố nâng cao", "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
			{"3.1", "Các Sở, Ban, ngành, UBND các huyện, thành phố tiếp tục", "Các Sở, Ban, ngành, UBND các huyện, thành phố", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
			// Item 4 names no actor; part II opens: "các Sở, Ban, ngành, UBND
			// các huyện, thành phố tập trung triển khai thực hiện".
			{"4.1", "Tiếp tục nâng cao chất lượng, hiệu quả tuyên truyền", "các Sở, Ban, ngành, UBND các huyện, thành phố", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
			{"5.1", "Các Sở, Ban, ngành, UBND các huyện, thành phố tăng cường", "Các Sở, Ban, ngành, UBND các huyện, thành phố", "Thường xuyên", calendar.DeadlineOngoing, calendar.Date{}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := load(t, tt.name)
			for _, f := range tt.tasks {
				tk := mustTask(t, p, f.number)
				if !strings.HasPrefix(tk.Title(), f.title) {
					t.Errorf("%s title %q, want it to start %q", f.number, tk.Title(), f.title)
				}
				if tk.LeadText() != f.lead {
					t.Errorf("%s lead %q, want %q", f.number, tk.LeadText(), f.lead)
				}
				dl := tk.Deadline()
				if dl.Text() != f.deadline || dl.Kind() != f.kind {
					t.Errorf("%s deadline %q (%v), want %q (%v)", f.number, dl.Text(), dl.Kind(), f.deadline, f.kind)
				}
				due, ok := dl.Due(vn)
				if due != f.due || ok == f.due.IsZero() {
					t.Errorf("%s %q due %v, %v; want %v", f.number, dl.Text(), due, ok, f.due)
				}
				if d2, ok2 := tk.Due(vn); d2 != due || ok2 != ok {
					t.Errorf("%s: Task.Due %v, %v and Deadline.Due %v, %v differ", f.number, d2, ok2, due, ok)
				}
			}
		})
	}
}

func TestNoPlanHasAnUnreadableText(t *testing.T) {
	// Every deadline, period, date and schedule phrase of the seeds is one
	// the library must read.
	unreadable := []plan.Code{plan.CodeBadDeadline, plan.CodeBadPeriod, plan.CodeBadDate, plan.CodeBadSchedule,
		plan.CodeBadArea, plan.CodeBadDocumentType, plan.CodeBadReportForm, plan.CodeDuplicateTask, plan.CodeMissingTitle}
	for _, name := range examples.Names() {
		for _, pr := range load(t, name).Validate() {
			if slices.Contains(unreadable, pr.Code) {
				t.Errorf("%s: %v", name, pr)
			}
		}
	}
}

func TestThaiNguyenSoTuPhapLeads(t *testing.T) {
	p := load(t, "thai-nguyen-2017")
	const stp agency.ID = "so-tu-phap"
	// The lead cell reads "Sở Tư pháp" alone in these rows of the annex.
	alone := []string{"2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.4", "3.7", "3.8"}
	var got []string
	for _, tk := range p.Tasks() {
		if tk.LeadText() == "Sở Tư pháp" {
			got = append(got, tk.Number())
		}
	}
	if !slices.Equal(got, alone) {
		t.Errorf("lead cell \"Sở Tư pháp\" in %v, want %v", got, alone)
	}
	// 8.2 and 8.4 name it too, in a list: "Các sở: Tư pháp, Lao động -
	// Thương binh và xã hội, ..." (8.2 also names it as partner: "Sở Nội vụ,
	// Sở Tư pháp").
	named := append(slices.Clone(alone), "8.2", "8.4")
	got = nil
	for _, n := range p.Matrix().Tasks(stp, task.Lead) {
		if r, v := mustTask(t, p, n).Role(stp); r == task.Lead && v == task.ByName {
			got = append(got, n)
		}
	}
	if !slices.Equal(got, named) {
		t.Errorf("Sở Tư pháp named lead of %v, want %v", got, named)
	}
	got = nil
	for _, c := range p.Matrix().Cells(stp) {
		if c.Role == task.Lead && c.Via == task.ByName {
			got = append(got, c.Task)
		}
	}
	if !slices.Equal(got, named) {
		t.Errorf("matrix cells: named lead of %v, want %v", got, named)
	}

	// Counted row by row in the annex: it has a role in 53 of the 58 tasks
	// (all but 5.8, 8.3, 8.6, 9.3 and 9.4), leading 30 of them (the twelve
	// above and, as one of "các sở, ban, ngành", 1.7, 1.8, 4.1, 5.1-5.7, 5.9,
	// 6.1, 6.2, 7.4-7.6, 7.9 and 8.7) and partnering 23.
	m := p.Matrix()
	if all, lead, partner := m.Tasks(stp, task.Unspecified), m.Tasks(stp, task.Lead), m.Tasks(stp, task.Partner); len(all) != 53 || len(lead) != 30 || len(partner) != 23 {
		t.Errorf("Sở Tư pháp in %d tasks, lead of %d, partner of %d; want 53, 30, 23", len(all), len(lead), len(partner))
	}
	for _, n := range []string{"5.8", "8.3", "8.6", "9.3", "9.4"} {
		if r, _ := m.Role(stp, n); r != task.Unspecified {
			t.Errorf("Sở Tư pháp has role %v in %s, which does not name it", r, n)
		}
	}
}

func TestThaiNguyenRolesByNameWinOverGroups(t *testing.T) {
	p := load(t, "thai-nguyen-2017")
	tests := []struct {
		number string
		agency agency.ID
		role   task.Role
		via    task.Via
	}{
		// 5.1: lead "Các sở, ban, ngành, UBND cấp huyện", partner "Sở Nội vụ".
		{"5.1", "so-noi-vu", task.Partner, task.ByName},
		{"5.1", "so-tu-phap", task.Lead, task.ByGroup},
		// 2.1: lead "Các sở, ban, ngành", partner "Sở Tư pháp, Văn phòng UBND tỉnh".
		{"2.1", "so-tu-phap", task.Partner, task.ByName},
		{"2.1", "van-phong-ubnd", task.Partner, task.ByName},
		{"2.1", "so-noi-vu", task.Lead, task.ByGroup},
		// 1.7: lead "Các sở, ban, ngành, UBND cấp huyện", partner "Sở Văn hóa Thể thao và Du lịch".
		{"1.7", "so-van-hoa-the-thao-du-lich", task.Partner, task.ByName},
	}
	for _, tt := range tests {
		tk := mustTask(t, p, tt.number)
		if r, v := tk.Role(tt.agency); r != tt.role || v != tt.via {
			t.Errorf("%s in %s: %v by %v, want %v by %v", tt.agency, tt.number, r, v, tt.role, tt.via)
		}
		if r, v := p.Matrix().Role(tt.agency, tt.number); r != tt.role || v != tt.via {
			t.Errorf("matrix: %s in %s: %v by %v, want %v by %v", tt.agency, tt.number, r, v, tt.role, tt.via)
		}
	}
}

func TestThaiNguyenReporting(t *testing.T) {
	// "hằng tuần báo cáo qua địa chỉ Email: cchc@thainguyen.gov.vn chậm nhất
	// 10 giờ ngày thứ Sáu; báo cáo tháng ... về UBND tỉnh (qua Sở Nội vụ)
	// chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng"
	p := load(t, "thai-nguyen-2017")
	want := []struct {
		form calendar.Frequency
		kind calendar.ScheduleKind
	}{
		{calendar.Weekly, calendar.ScheduleWeekly},
		{calendar.Monthly, calendar.ScheduleLastWeek},
	}
	reps := p.Reporting()
	if len(reps) != len(want) {
		t.Fatalf("%d reports, want %d", len(reps), len(want))
	}
	for i, r := range reps {
		s := r.Schedule
		if r.Form != want[i].form || s.Kind() != want[i].kind || s.Weekday() != time.Friday || s.At() != 10*time.Hour {
			t.Errorf("report %d: %v, schedule %v %v at %v, want %v, %v Friday at 10:00", i, r.Form, s.Kind(), s.Weekday(), s.At(), want[i].form, want[i].kind)
		}
		if !slices.Contains(r.Senders, "so-tu-phap") || !slices.Contains(r.Recipient, "ubnd") {
			t.Errorf("report %d: senders %v, recipient %v", i, r.Senders, r.Recipient)
		}
	}
}

// dueTask is a task obligation: the task, the agency's role in it and the
// day it falls due. Exported fields let a failure print the day as a date.
type dueTask struct {
	Number string
	Role   task.Role
	Due    calendar.Date
}

func TestThaiNguyenObligationsOfSoTuPhap(t *testing.T) {
	p := load(t, "thai-nguyen-2017")
	from, to := day(2017, 8, 1), day(2017, 12, 31)
	obs := p.Obligations("so-tu-phap", from, to)

	// Weekly: every Friday from 4/8 to 29/12/2017, moved to the next working
	// day where a Friday is a holiday. None is: Quốc khánh 2/9/2017 fell on
	// a Saturday and its day off on Monday 4/9.
	if !vn.IsWorkday(day(2017, 9, 1)) || vn.IsWorkday(day(2017, 9, 4)) {
		t.Fatal("the calendar does not know Quốc khánh 2017")
	}
	var fridays []calendar.Date
	for d := day(2017, 8, 4); !d.After(to); d = d.AddDays(7) {
		fridays = append(fridays, vn.NextWorkday(d))
	}
	if len(fridays) != 22 {
		t.Fatalf("%d Fridays, want 22", len(fridays))
	}
	// Monthly: "thứ Sáu tuần cuối cùng của tháng", read as the last Friday
	// inside the month (the week of Thursday 31/8/2017 ends in September).
	lastFridays := []calendar.Date{day(2017, 8, 25), day(2017, 9, 29), day(2017, 10, 27), day(2017, 11, 24), day(2017, 12, 29)}
	// Tasks due in the range: the deadlines of the annex that fall between
	// August and December, in the tasks where "các sở, ban, ngành" includes it.
	tasksDue := []dueTask{
		{"1.3", task.Partner, day(2017, 8, 31)}, // Tháng 8/2017
		{"5.1", task.Lead, day(2017, 8, 31)},    // Tháng 8/2017
		{"1.4", task.Partner, day(2017, 9, 29)}, // Tháng 9/2017
		{"5.2", task.Lead, day(2017, 9, 29)},    // Tháng 9/2017
		{"1.7", task.Lead, day(2017, 11, 30)},   // Tháng 11/2017
	}

	var weekly, monthly []calendar.Date
	var gotTasks []dueTask
	undated := 0
	prev := calendar.Date{}
	for _, o := range obs {
		if !o.Ongoing() {
			if o.Due.Before(prev) || o.Due.Before(from) || o.Due.After(to) {
				t.Errorf("%v %s due %v: out of order or out of range", o.Kind, o.Source, o.Due)
			}
			prev = o.Due
		}
		switch {
		case o.Kind == plan.ObligationReport && o.Source == "weekly":
			weekly = append(weekly, o.Due)
			if !o.DueTime.Equal(o.Due.At(10, 0)) || o.DueTime.Location() != calendar.ICT() {
				t.Errorf("weekly report due %v, want 10:00 ICT", o.DueTime)
			}
		case o.Kind == plan.ObligationReport && o.Source == "monthly":
			monthly = append(monthly, o.Due)
			if !o.DueTime.Equal(o.Due.At(10, 0)) {
				t.Errorf("monthly report due %v, want 10:00 ICT", o.DueTime)
			}
			if o.Period.Start() != day(o.Due.Year(), o.Due.Month(), 1) || o.Period.Kind() != calendar.PeriodMonth {
				t.Errorf("monthly report due %v covers %v", o.Due, o.Period)
			}
		case o.Kind == plan.ObligationTask && o.Ongoing():
			undated++
		case o.Kind == plan.ObligationTask:
			gotTasks = append(gotTasks, dueTask{o.Source, o.Role, o.Due})
		case o.Kind == plan.ObligationDeadline:
			// "Sở Y tế, Sở Giáo dục và Đào tạo: Tổ chức triển khai thực hiện
			// khảo sát mức độ hài lòng ... chậm nhất ngày 31/12/2017": not its.
			if strings.Contains(o.Title, "khảo sát") {
				t.Errorf("the survey deadline of Sở Y tế is given to Sở Tư pháp: %+v", o)
			}
		}
	}
	if !slices.Equal(weekly, fridays) {
		t.Errorf("weekly reports due %v, want %v", weekly, fridays)
	}
	if !slices.Equal(monthly, lastFridays) {
		t.Errorf("monthly reports due %v, want %v", monthly, lastFridays)
	}
	if !slices.Equal(gotTasks, tasksDue) {
		t.Errorf("tasks due %v, want %v", gotTasks, tasksDue)
	}
	// Of its 53 tasks, 37 are "Thường xuyên", "Theo quy định" or "Theo kế
	// hoạch"; they come once each, after the dated ones.
	if undated != 37 {
		t.Errorf("%d tasks with no single day, want 37", undated)
	}

	// Ten of its tasks are due "31/12/2017", a Sunday before the New Year
	// holiday: they fall due on 2/1/2018, just outside the range.
	var newYear []string
	for _, o := range p.Obligations("so-tu-phap", day(2018, 1, 1), day(2018, 1, 2)) {
		if o.Kind == plan.ObligationTask && !o.Ongoing() {
			if o.Nominal != day(2017, 12, 31) || o.Due != day(2018, 1, 2) {
				t.Errorf("%s: nominal %v, due %v", o.Source, o.Nominal, o.Due)
			}
			newYear = append(newYear, o.Source)
		}
	}
	if want := []string{"1.8", "2.1", "2.6", "4.2", "5.9", "6.3", "7.3", "7.4", "9.1", "9.2"}; !slices.Equal(newYear, want) {
		t.Errorf("due 2/1/2018: %v, want %v", newYear, want)
	}
}

func TestThaiNguyenPlanDeadlines(t *testing.T) {
	// The five deadlines of the prose, in document order: II.4 "chậm nhất
	// ngày 31/12/2017", II.5 "trong quý III năm 2017", III.2 "hết năm 2017",
	// III.8 "chậm nhất ngày 31/12/2017", and the closing "chậm nhất ngày
	// 30/7/2017" (a Sunday).
	p := load(t, "thai-nguyen-2017")
	want := []struct {
		text string
		due  calendar.Date
	}{
		{"chậm nhất ngày 31/12/2017", day(2018, 1, 2)},
		{"trong quý III năm 2017", day(2017, 9, 29)},
		{"hết năm 2017", day(2017, 12, 29)},
		{"chậm nhất ngày 31/12/2017", day(2018, 1, 2)},
		{"chậm nhất ngày 30/7/2017", day(2017, 7, 31)},
	}
	got := p.Deadlines()
	if len(got) != len(want) {
		t.Fatalf("%d plan deadlines, want %d", len(got), len(want))
	}
	for i, d := range got {
		due, ok := d.Deadline.Due(vn)
		if d.Deadline.Text() != want[i].text || !ok || due != want[i].due {
			t.Errorf("deadline %d: %q due %v, want %q due %v", i+1, d.Deadline.Text(), due, want[i].text, want[i].due)
		}
	}
	// III.8 is the survey of Sở Y tế and Sở Giáo dục và Đào tạo.
	if !slices.Equal(got[3].Agencies, []agency.ID{"so-y-te", "so-giao-duc-dao-tao"}) {
		t.Errorf("survey deadline for %v", got[3].Agencies)
	}
	found := false
	for _, o := range p.Obligations("so-y-te", day(2017, 12, 1), day(2018, 1, 31)) {
		if o.Kind == plan.ObligationDeadline && o.Text == "chậm nhất ngày 31/12/2017" {
			found = o.Nominal == day(2017, 12, 31) && o.Due == day(2018, 1, 2)
		}
	}
	if !found {
		t.Error("Sở Y tế does not owe the survey on 2/1/2018")
	}
	// The closing paragraph asks "các Sở, Ban, ngành, UBND cấp huyện, UBND
	// cấp xã" for their own plans: Sở Tư pháp owes one by Monday 31/7/2017.
	found = false
	for _, o := range p.Obligations("so-tu-phap", day(2017, 7, 1), day(2017, 7, 31)) {
		found = found || o.Kind == plan.ObligationDeadline && o.Due == day(2017, 7, 31)
	}
	if !found {
		t.Error("Sở Tư pháp owes no plan by 31/7/2017")
	}
}

func TestBinhPhuocNumberingGap(t *testing.T) {
	var gaps []plan.Problem
	for _, pr := range load(t, "binh-phuoc-2018").Validate() {
		if pr.Code == plan.CodeNumberingGap || pr.Code == plan.CodeNumberingOrder {
			gaps = append(gaps, pr)
		}
	}
	if len(gaps) != 1 {
		t.Fatalf("numbering findings %v, want the one gap of VI", gaps)
	}
	g := gaps[0]
	if g.Code != plan.CodeNumberingGap || g.Severity != plan.Warning || g.Place.Task != "VI.13" || g.Place.Section != "VI" || g.Place.Line == 0 {
		t.Errorf("gap = %+v", g)
	}
	if !strings.Contains(g.Message, "10") || !strings.Contains(g.Message, "13") {
		t.Errorf("message %q does not name 10 and 13", g.Message)
	}
}

func TestBinhPhuocReportingDays(t *testing.T) {
	// "Hoàn thành trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6
	// tháng), ngày 5/9 (báo cáo quý III); 01/12 (báo cáo năm)": each report is
	// due on the last working day strictly before its day.
	want := []struct {
		period string
		before calendar.Date
		due    calendar.Date
	}{
		{"Quý I/2018", day(2018, 3, 5), day(2018, 3, 2)},           // 5/3 is a Monday
		{"6 tháng đầu năm 2018", day(2018, 6, 5), day(2018, 6, 4)}, // a Tuesday
		{"Quý III/2018", day(2018, 9, 5), day(2018, 9, 4)},         // a Wednesday; 3/9 is Quốc khánh's day off
		{"Năm 2018", day(2018, 12, 1), day(2018, 11, 30)},          // a Saturday
	}
	if vn.IsWorkday(day(2018, 9, 3)) {
		t.Fatal("the calendar does not know Quốc khánh 2018")
	}
	for _, w := range want {
		if !vn.IsWorkday(w.due) || !w.due.Before(w.before) {
			t.Fatalf("%v is not a working day before %v", w.due, w.before)
		}
		for d := w.due.AddDays(1); d.Before(w.before); d = d.AddDays(1) {
			if vn.IsWorkday(d) {
				t.Fatalf("%v is a later working day than %v before %v", d, w.due, w.before)
			}
		}
	}
	p := load(t, "binh-phuoc-2018")
	reps := p.Reporting()
	if len(reps) != 1 {
		t.Fatalf("%d reports, want 1", len(reps))
	}
	r := reps[0]
	if !r.Form.Has(calendar.Quarterly|calendar.HalfYearly|calendar.Yearly) || r.Schedule.Kind() != calendar.ScheduleYearly {
		t.Errorf("report %v, schedule %v", r.Form, r.Schedule.Kind())
	}
	i := 0
	for occ := range r.Schedule.Occurrences(vn, day(2018, 1, 1), day(2018, 12, 31)) {
		if i >= len(want) {
			t.Fatalf("more than %d reports in 2018: %v", len(want), occ)
		}
		if occ.Period.String() != want[i].period || occ.Due != want[i].due || occ.Nominal != want[i].before.AddDays(-1) {
			t.Errorf("report %d: %v nominal %v due %v, want %s due %v", i, occ.Period, occ.Nominal, occ.Due, want[i].period, want[i].due)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("%d reports in 2018, want %d", i, len(want))
	}
	// "Các sở, ban, ngành và UBND các huyện, thị xã" send them.
	var dues []calendar.Date
	for _, o := range p.Obligations("so-tu-phap", day(2018, 1, 1), day(2018, 12, 31)) {
		if o.Kind == plan.ObligationReport {
			dues = append(dues, o.Due)
		}
	}
	if !slices.Equal(dues, []calendar.Date{want[0].due, want[1].due, want[2].due, want[3].due}) {
		t.Errorf("Sở Tư pháp reports due %v", dues)
	}
}

func TestLangSonDeadlinesAndReporting(t *testing.T) {
	p := load(t, "lang-son-2013")
	// Every task is "Trong tháng 8/2013", due Friday 30/8/2013, or
	// "Thường xuyên", with no single day.
	month, ongoing := 0, 0
	for _, tk := range p.Tasks() {
		due, ok := tk.Due(vn)
		switch tk.Deadline().Text() {
		case "Trong tháng 8/2013":
			month++
			if !ok || due != day(2013, 8, 30) {
				t.Errorf("%s due %v, %v", tk.Number(), due, ok)
			}
		case "Thường xuyên":
			ongoing++
			if ok || tk.Deadline().Kind() != calendar.DeadlineOngoing {
				t.Errorf("%s: %v, due %v", tk.Number(), tk.Deadline().Kind(), due)
			}
		default:
			t.Errorf("%s: deadline %q is not in the seed", tk.Number(), tk.Deadline().Text())
		}
	}
	if month != 2 || ongoing != 4 {
		t.Errorf("%d tasks in August and %d ongoing, want 2 and 4", month, ongoing)
	}
	// III.4: "định kỳ báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) tình hình và
	// kết quả thực hiện hằng quý".
	reps := p.Reporting()
	if len(reps) != 1 || reps[0].Form != calendar.Quarterly {
		t.Fatalf("reporting %+v, want one quarterly report", reps)
	}
	var periods []string
	for occ := range reps[0].Schedule.Occurrences(vn, day(2013, 1, 1), day(2013, 12, 31)) {
		periods = append(periods, occ.Period.String())
	}
	if want := []string{"Quý I/2013", "Quý II/2013", "Quý III/2013", "Quý IV/2013"}; !slices.Equal(periods, want) {
		t.Errorf("reports of 2013 cover %v, want %v", periods, want)
	}
	if len(p.Deadlines()) != 0 {
		t.Errorf("plan deadlines %v: III.1 asks for plans \"khẩn trương\", with no date", p.Deadlines())
	}
}

func TestBacKanTownHasNoDeadlines(t *testing.T) {
	p := load(t, "bac-kan-town-2011")
	for _, tk := range p.Tasks() {
		if dl := tk.Deadline(); !dl.IsZero() || dl.Text() != "" {
			t.Errorf("%s has deadline %q", tk.Number(), dl.Text())
		}
		if _, ok := tk.Due(vn); ok {
			t.Errorf("%s has a due day", tk.Number())
		}
	}
	if len(p.Deadlines()) != 0 || len(p.Reporting()) != 0 {
		t.Errorf("an article with deadlines %v and reporting %v", p.Deadlines(), p.Reporting())
	}
}

func TestObjectiveTargets(t *testing.T) {
	tests := []struct {
		name       string
		objectives int
		targets    []string // targets the seed states, each in some objective
	}{
		// Seed 000, B.I: nine objectives; "đạt mức 60% trở lên" (5, 6),
		// "phấn đấu trên 50% ...; trên 65% cán bộ và 95% công chức cấp xã" (7),
		// "tỷ lệ 60% trở lên ...; 100% cơ quan hành chính" (9).
		{"bac-kan-2011", 9, []string{"60% trở lên", "trên 50%", "trên 65%", "95%", "100%"}},
		// Seed 003: the objectives paragraph, thirteen clauses split at "; ",
		// with "đạt mức 60% trở lên" and "phấn đấu trên 50%".
		{"bac-kan-town-2011", 13, []string{"60% trở lên", "trên 50%", "trên 65%", "95%"}},
		// Seed 001 has no Mục tiêu; Mục đích c): "đạt nhóm C trở lên".
		{"thai-nguyen-2017", 1, []string{"nhóm C trở lên"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			objs := load(t, tt.name).Objectives()
			if len(objs) != tt.objectives {
				t.Errorf("%d objectives, want %d", len(objs), tt.objectives)
			}
			var have []string
			for _, o := range objs {
				for _, tg := range o.Targets {
					have = append(have, tg.Text())
				}
			}
			for _, w := range tt.targets {
				if !slices.Contains(have, w) {
					t.Errorf("no objective holds the target %q; targets: %q", w, have)
				}
			}
		})
	}
}

func TestBacKan2011(t *testing.T) {
	p := load(t, "bac-kan-2011")
	// "khi kết thúc giai đoạn (hết năm 2015)": Thursday 31/12/2015.
	ds := p.Deadlines()
	if len(ds) != 1 {
		t.Fatalf("plan deadlines %v, want one", ds)
	}
	if due, ok := ds[0].Deadline.Due(vn); ds[0].Deadline.Text() != "hết năm 2015" || !ok || due != day(2015, 12, 31) {
		t.Errorf("deadline %q due %v", ds[0].Deadline.Text(), due)
	}
	// C.III.1: "định kỳ 6 tháng, cuối năm báo cáo Ủy ban nhân dân tỉnh (qua
	// Sở Nội vụ)".
	reps := p.Reporting()
	if len(reps) != 1 || reps[0].Form != calendar.HalfYearly|calendar.Yearly {
		t.Fatalf("reporting %+v, want six-monthly and yearly", reps)
	}
	leads := 0
	for _, tk := range p.Tasks() {
		if tk.LeadText() != "" {
			leads++
		}
		if !tk.Deadline().IsZero() {
			t.Errorf("%s has deadline %q; the seed has no deadline cells", tk.Number(), tk.Deadline().Text())
		}
	}
	if leads != 1 {
		t.Errorf("%d tasks with a lead, want 1 (6.1.4)", leads)
	}
}

func TestValidationFindingsFromTheSeeds(t *testing.T) {
	// Findings the seeds themselves cause.
	tests := []struct {
		name string
		code plan.Code
		task string
		why  string
	}{
		{"thai-nguyen-2017", plan.CodeLeadAndPartner, "8.2", `lead "Các sở: Tư pháp, ...", partner "Sở Nội vụ, Sở Tư pháp"`},
		{"thai-nguyen-2017", plan.CodeDeadlineOutside, "8.4", `"Năm 2017-2018" in a plan for 2017`},
		{"thai-nguyen-2017", plan.CodeSeveralLeads, "4.3", `"Các Sở: Nội vụ, Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường, Xây dựng"`},
		{"binh-phuoc-2018", plan.CodeNumberingGap, "VI.13", "VI numbers 1 to 10, then 13"},
		{"bac-kan-town-2011", plan.CodeEmptyArea, "", "six groups of solutions, none on institutions"},
		{"lang-son-2013", plan.CodeEmptyArea, "", "five items, none on one reform area alone"},
		{"bac-kan-2011", plan.CodeNoLead, "1.1", "the seed names no one in III"},
	}
	for _, tt := range tests {
		found := false
		for _, pr := range load(t, tt.name).Validate() {
			found = found || pr.Code == tt.code && pr.Place.Task == tt.task
		}
		if !found {
			t.Errorf("%s: no %s for task %q (%s)", tt.name, tt.code, tt.task, tt.why)
		}
	}
}

// TestValidateGolden keeps every finding on the five plans in a golden file,
// so that a change in the library or in a plan file shows in review.
func TestValidateGolden(t *testing.T) {
	var b bytes.Buffer
	for _, name := range examples.Names() {
		probs := load(t, name).Validate()
		fmt.Fprintf(&b, "# %s: %d problems\n", name, len(probs))
		for _, pr := range probs {
			b.WriteString(pr.String())
			b.WriteByte('\n')
		}
	}
	golden(t, "validate.golden", b.Bytes())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -update after checking the change):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff lists the lines only one of want and got has, so that a
// changed finding reads at a glance.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range wl {
		if !slices.Contains(gl, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range gl {
		if !slices.Contains(wl, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	if b.Len() == 0 {
		return "the same lines in another order"
	}
	return b.String()
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := examples.All(); err != nil {
			b.Fatal(err)
		}
	}
}
