package plan_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/golden"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/task"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Files{Update: *update, Flag: "-update"}.Check(t, filepath.Join("testdata", name), got)
}

func thaiNguyen(t testing.TB) *plan.Plan {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMatrixThaiNguyen(t *testing.T) {
	m := thaiNguyen(t).Matrix()
	var named []string
	for _, c := range m.Cells("so-tu-phap") {
		if c.Role == task.Lead && c.Via == task.ByName {
			named = append(named, c.Task)
		}
	}
	// The annex names it in the lead cell of 2.2-2.7, 3.1, 3.4, 3.7 and 3.8,
	// and in the lists "Các sở: Tư pháp, ..." of 8.2 and 8.4.
	want := []string{"2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.4", "3.7", "3.8", "8.2", "8.4"}
	if !slices.Equal(named, want) {
		t.Errorf("Sở Tư pháp named lead of %v, want %v", named, want)
	}
	// Through "Các sở, ban, ngành" it also leads 1.7 and 1.8, but in 2.1 and
	// 3.2 it is a partner by name.
	leads := m.Tasks("so-tu-phap", task.Lead)
	for _, n := range []string{"1.7", "1.8"} {
		if !slices.Contains(leads, n) {
			t.Errorf("Sở Tư pháp does not lead %s through the group: %v", n, leads)
		}
	}
	for _, n := range []string{"2.1", "3.2"} {
		if r, v := m.Role("so-tu-phap", n); r != task.Partner || v != task.ByName {
			t.Errorf("Sở Tư pháp in %s: %v by %v, want partner by name", n, r, v)
		}
	}
	if got := m.Count("so-tu-phap", task.Lead); got != len(leads) {
		t.Errorf("Count = %d, Tasks = %d", got, len(leads))
	}
	if cols := m.TaskNumbers(); len(cols) != 58 || cols[0] != "1.1" || cols[57] != "9.4" {
		t.Errorf("columns = %d tasks from %s to %s", len(cols), cols[0], cols[len(cols)-1])
	}
	var areas []string
	for _, a := range m.Areas() {
		areas = append(areas, a.Area.String())
	}
	if want := "institutions procedures organisation civil-service public-finance modernisation direction one-stop impact"; strings.Join(areas, " ") != want {
		t.Errorf("areas = %v", areas)
	}
	var csv, md bytes.Buffer
	if err := m.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(csv.Bytes(), []byte("\xEF\xBB\xBF")) {
		t.Error("CSV has no byte order mark")
	}
	if err := m.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "thai-nguyen-2017-matrix.csv", csv.Bytes())
	checkGolden(t, "thai-nguyen-2017-matrix.md", md.Bytes())
}

func TestObligationsThaiNguyen(t *testing.T) {
	p := thaiNguyen(t)
	from, to := calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 12, 31)
	obs := p.Obligations("so-tu-phap", from, to)
	var b strings.Builder
	prev := calendar.Date{}
	weekly, monthly := 0, 0
	for _, o := range obs {
		if !o.Ongoing() {
			if o.Due.Before(prev) {
				t.Errorf("not sorted: %v after %v", o.Due, prev)
			}
			prev = o.Due
			if o.Due.Before(from) || o.Due.After(to) {
				t.Errorf("%v outside the range", o.Due)
			}
		}
		switch {
		case o.Kind == plan.ObligationReport && o.Source == "weekly":
			weekly++
			if o.DueTime.Hour() != 10 || o.DueTime.Location() != calendar.ICT() || o.Due.Weekday() != time.Friday && p.Calendar().IsWorkday(o.Due.AddDays(-1)) {
				t.Errorf("weekly report due %v", o.DueTime)
			}
		case o.Kind == plan.ObligationReport && o.Source == "monthly":
			monthly++
		}
		due := "ongoing"
		if !o.Ongoing() {
			due = o.Due.String()
			if !o.DueTime.IsZero() {
				due = o.DueTime.Format("2006-01-02 15:04")
			}
		}
		b.WriteString(due + " " + o.Kind.String() + " " + o.Source + " " + o.Role.String() + " " + o.Text + "\n")
	}
	// 22 Fridays from 4/8 to 29/12/2017, all working days (Quốc khánh 2/9
	// fell on a Saturday), and five last Fridays of the month.
	if weekly != 22 || monthly != 5 {
		t.Errorf("weekly = %d, monthly = %d; want 22 and 5", weekly, monthly)
	}
	checkGolden(t, "thai-nguyen-2017-so-tu-phap.txt", []byte(b.String()))
	if got := p.Obligations("so-tu-phap", to, from); got != nil {
		t.Errorf("a reversed range gives %d obligations", len(got))
	}
	if got := p.Obligations("so-tu-phap", calendar.Date{}, to); got != nil {
		t.Errorf("a range from the zero Date gives %d obligations", len(got))
	}
	if got := p.Obligations("khong-co", from, to); got != nil {
		t.Errorf("an unknown agency owes %d obligations", len(got))
	}
}

// Bình Phước 2018, task VII.7: the Sở Nội vụ follows up "Hàng quý, 6
// tháng và năm hoặc đột xuất", once a period while the plan is in force;
// task VII.8, "Định kỳ hoặc đột xuất", names no period and has no day.
func TestObligationsRecurringTask(t *testing.T) {
	p, err := examples.BinhPhuoc2018()
	if err != nil {
		t.Fatal(err)
	}
	type due struct {
		period string
		day    calendar.Date
	}
	var got []due
	undated := 0
	for _, o := range p.Obligations("so-noi-vu", calendar.NewDate(2017, 10, 1), calendar.NewDate(2019, 6, 30)) {
		switch o.Source {
		case "VII.7":
			if o.Ongoing() {
				t.Errorf("VII.7 listed without a day: %+v", o)
				continue
			}
			got = append(got, due{o.Period.String(), o.Due})
			if o.Nominal != o.Period.End() || o.Text != "Hàng quý, 6 tháng và năm hoặc đột xuất" || o.Role != task.Lead {
				t.Errorf("VII.7 for %v: nominal %v, text %q, role %v", o.Period, o.Nominal, o.Text, o.Role)
			}
		case "VII.8":
			undated++
			if !o.Ongoing() {
				t.Errorf("VII.8 due %v", o.Due)
			}
		}
	}
	// 31/3/2018 and 30/6 are Saturdays, 29-30/9 a weekend, 31/12/2018 a
	// day off swapped for Saturday 5/1/2019.
	want := []due{
		{"Quý I/2018", calendar.NewDate(2018, 3, 30)},
		{"6 tháng đầu năm 2018", calendar.NewDate(2018, 6, 29)},
		{"Quý III/2018", calendar.NewDate(2018, 9, 28)},
		{"Năm 2018", calendar.NewDate(2018, 12, 28)},
	}
	if !slices.Equal(got, want) || undated != 1 {
		t.Errorf("VII.7 due %v, want %v; VII.8 listed %d times, want once", got, want, undated)
	}
}

// A plan without a period has no days in force to list a recurring task's
// periods in: the task is still a to-do, without DUE.
func TestWriteICSRecurringWithoutPeriod(t *testing.T) {
	build := func(period string) *plan.Plan {
		return plan.NewBuilder(plan.Document{Number: "1/KH-UBND"}).Period(period).
			Section("1", "Chỉ đạo, điều hành", plan.AreaDirection).
			Task(plan.TaskText{Number: "1.1", Title: "Theo dõi, tổng hợp", Lead: "Sở Nội vụ", Deadline: "Hàng quý"}).
			Build()
	}
	for _, p := range []*plan.Plan{build(""), build("Năm 2018")} {
		var buf bytes.Buffer
		if err := p.WriteICS(&buf, "", time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		want, due := 1, 0
		if !p.Period().IsZero() {
			want, due = 4, 4
		}
		if n, d := strings.Count(buf.String(), "BEGIN:VTODO"), strings.Count(buf.String(), "DUE;VALUE=DATE:"); n != want || d != due {
			t.Errorf("period %q: %d to-dos, %d with DUE; want %d, %d", p.Period(), n, d, want, due)
		}
	}
}

func TestWriteICS(t *testing.T) {
	p := thaiNguyen(t)
	var buf bytes.Buffer
	stamp := time.Date(2017, 7, 19, 8, 0, 0, 0, time.UTC)
	if err := p.WriteICS(&buf, "so-tu-phap", stamp); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if n := strings.Count(out, "BEGIN:VTODO"); n != len(p.Matrix().Tasks("so-tu-phap", task.Unspecified))+1 {
		t.Errorf("%d to-dos", n)
	}
	if !strings.Contains(out, "BEGIN:VTIMEZONE") || !strings.Contains(out, "RRULE:FREQ=WEEKLY;") {
		t.Error("no time zone or weekly rule")
	}
	checkGolden(t, "thai-nguyen-2017-so-tu-phap.ics", buf.Bytes())
}

// Bắc Kạn's 2011-2015 plan sets no deadline on its tasks; each is still a
// to-do, without DUE, for the whole plan and for an agency.
func TestWriteICSTasksWithoutDeadline(t *testing.T) {
	p, err := examples.BacKan2011()
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2011, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, a := range []agency.ID{"", p.Matrix().Agencies()[0]} {
		want := 0
		for _, tk := range p.Tasks() {
			if r, _ := tk.Role(a); a == "" || r != task.Unspecified {
				want++
			}
		}
		for _, d := range p.Deadlines() {
			if a == "" || slices.Contains(d.Agencies, a) {
				want++
			}
		}
		var buf bytes.Buffer
		if err := p.WriteICS(&buf, a, stamp); err != nil {
			t.Fatalf("WriteICS(%q): %v", a, err)
		}
		if n := strings.Count(buf.String(), "BEGIN:VTODO"); n != want || want == 0 {
			t.Errorf("WriteICS(%q): %d to-dos, want %d", a, n, want)
		}
	}
}

func TestCompare(t *testing.T) {
	old := base().Build()
	changed := base().Section("9", "Khác", plan.AreaOther).Task(plan.TaskText{Number: "9.1", Title: "Mới", Lead: "Sở Nội vụ"}).Build()
	d := plan.Compare(old, changed)
	if len(d.Added) != 1 || d.Added[0].Number() != "9.1" || len(d.Removed) != 0 || len(d.Changed) != 0 {
		t.Fatalf("diff = %+v", d)
	}
	back := plan.Compare(changed, old)
	if len(back.Removed) != 1 || len(back.Added) != 0 {
		t.Fatalf("reverse diff = %+v", back)
	}
	// The same task with another deadline and lead.
	b := plan.NewBuilder(plan.Document{Number: "121/KH-UBND"}).Period("Năm 2017").Section("1", "x", plan.AreaProcedures)
	v1 := b.Task(plan.TaskText{Number: "1.1", Title: "Rà soát", Lead: "Sở Tư pháp", Deadline: "Quý III/2017"}).Build()
	b2 := plan.NewBuilder(plan.Document{Number: "121/KH-UBND"}).Period("Năm 2017").Section("1", "x", plan.AreaProcedures)
	v2 := b2.Task(plan.TaskText{Number: "1.1", Title: "Rà soát", Lead: "Văn phòng UBND tỉnh", Deadline: "Quý IV/2017"}).Build()
	d = plan.Compare(v1, v2)
	if len(d.Changed) != 1 || !slices.Equal(d.Changed[0].Fields, []string{"lead", "deadline"}) {
		t.Fatalf("changed = %+v", d.Changed)
	}
	if d.Changed[0].ID != d.Changed[0].Old.ID() || d.IsEmpty() || !plan.Compare(v1, v1).IsEmpty() {
		t.Error("IDs or IsEmpty wrong")
	}
	want := "~ 1.1 lead: \"Sở Tư pháp\" -> \"Văn phòng UBND tỉnh\"; deadline: \"Quý III/2017\" -> \"Quý IV/2017\"\n"
	if d.String() != want {
		t.Errorf("String() = %q", d.String())
	}
}

func TestCompareWithNoPlan(t *testing.T) {
	p := thaiNguyen(t)
	if d := plan.Compare(nil, p); len(d.Added) != len(p.Tasks()) || len(d.Removed)+len(d.Changed) != 0 {
		t.Errorf("from no plan: %d added, %d removed, %d changed", len(d.Added), len(d.Removed), len(d.Changed))
	}
	if d := plan.Compare(p, nil); len(d.Removed) != len(p.Tasks()) || len(d.Added)+len(d.Changed) != 0 {
		t.Errorf("to no plan: %d added, %d removed, %d changed", len(d.Added), len(d.Removed), len(d.Changed))
	}
	if d := plan.Compare(nil, nil); d.String() != "" {
		t.Errorf("between no plans: %q", d.String())
	}
}

func TestLoadedPlanCannotBeChanged(t *testing.T) {
	p := thaiNguyen(t)
	tasks := p.Tasks()
	tasks[0] = tasks[1]
	secs := p.Sections()
	secs[0].Tasks[0] = "x"
	doc := p.Document()
	doc.LegalBases[0].Number = "x"
	if p.Tasks()[0].Number() != "1.1" || p.Sections()[0].Tasks[0] != "1.1" || p.Document().LegalBases[0].Number == "x" {
		t.Error("a caller changed the loaded plan")
	}
}

func TestWithDate(t *testing.T) {
	// On 1/8/2025 the Sở Thông tin và Truyền thông no longer exists: asked
	// on that day, Thái Nguyên's plan names a lead that is gone.
	p := thaiNguyen(t).With(plan.WithDate(calendar.NewDate(2025, 8, 1)))
	found := false
	for _, pr := range p.Validate() {
		if pr.Code == plan.CodeLeadSuperseded && pr.Place.Task == "7.1" && strings.Contains(pr.Message, "Sở Khoa học và Công nghệ") {
			found = true
		}
	}
	if !found {
		t.Errorf("no superseded lead for 7.1 on 1/8/2025: %v", p.Problems(plan.Warning))
	}
}

func TestIdentityAndDaysInForce(t *testing.T) {
	tn := thaiNguyen(t)
	if tn.ID() != "121/KH-UBND" || tn.Name() != "121/KH-UBND" {
		t.Errorf("ID %q, Name %q", tn.ID(), tn.Name())
	}
	if f := tn.InForce(); f.Start() != calendar.NewDate(2017, 7, 19) || f.End() != calendar.NewDate(2017, 12, 31) {
		t.Errorf("in force %v to %v, want from the signing day to the end of 2017", f.Start(), f.End())
	}
	// Two plans without a document number must not share task IDs.
	a, err := examples.BacKan2011()
	if err != nil {
		t.Fatal(err)
	}
	b, err := examples.BacKanTown2011()
	if err != nil {
		t.Fatal(err)
	}
	ta, _ := a.Task("1.1")
	tb, _ := b.Task("1.1")
	if a.ID() == b.ID() || ta.ID() == tb.ID() {
		t.Errorf("plans without numbers share an identity: %q", a.ID())
	}
	if a.Name() == "" || strings.Contains(a.Name(), "\n") {
		t.Errorf("Name = %q", a.Name())
	}
	for _, r := range b.Reporting() {
		if !strings.HasPrefix(r.Name(), "Báo cáo") {
			t.Errorf("report name %q", r.Name())
		}
	}
}
