package report_test

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/report"
)

func TestBuiltinForms(t *testing.T) {
	tests := []struct {
		code     string
		kind     calendar.Frequency
		sections int
		field    string
		label    string
		typ      report.Type
	}{
		{"thai-nguyen-2017-weekly", calendar.Weekly, 5, "dossiers-received", "Tổng số hồ sơ đã tiếp nhận", report.TypeCount},
		{"thai-nguyen-2017-weekly", calendar.Weekly, 5, "feedback-resolved", "Số lượng phản ánh kiến nghị đã giải quyết/tổng số tiếp nhận", report.TypeRatio},
		{"thai-nguyen-2017-monthly", calendar.Monthly, 9, "electronic-documents", "Số văn bản đi được phát hành dưới dạng điện tử/tổng số văn bản đi", report.TypeRatio},
		{"thai-nguyen-2017-monthly", calendar.Monthly, 9, "iso-certified-units", "Số lượng đơn vị đã được cấp chứng chỉ quy trình xử lý công việc đã được áp dụng ISO", report.TypeCount},
		{"thai-nguyen-2017-monthly", calendar.Monthly, 9, "legal-documents-issued", "Số văn bản QPPL tham mưu ban hành thuộc lĩnh vực quản lý (đối với các sở, ban, ngành); ban hành thuộc thẩm quyền (đối với cấp huyện, cấp xã)", report.TypeCount},
		{"binh-phuoc-2018-quarterly", calendar.Quarterly, 10, "digital-signature-units", "Số cơ quan, đơn vị được tích hợp chữ ký số điện tử/tổng số cơ quan, đơn vị", report.TypeRatio},
		{"binh-phuoc-2018-half-yearly", calendar.HalfYearly, 10, "overdue-apologies", "Số hồ sơ TTHC quá hạn giải quyết có văn bản xin lỗi/tổng số hồ sơ quá hạn", report.TypeRatio},
		{"binh-phuoc-2018-yearly", calendar.Yearly, 10, "commune-officials-qualified", "Số cán bộ, công chức cấp xã đạt chuẩn theo quy định/tổng số cán bộ, công chức cấp xã", report.TypeRatio},
	}
	for _, tt := range tests {
		f := form(t, tt.code)
		if f.Kind() != tt.kind || len(f.Sections()) != tt.sections {
			t.Errorf("%s: kind %s, %d sections; want %s, %d", tt.code, f.Kind(), len(f.Sections()), tt.kind, tt.sections)
		}
		fd, ok := f.Field(tt.field)
		if !ok || fd.Label != tt.label || fd.Type != tt.typ {
			t.Errorf("%s: field %s = %+v, want %q %s", tt.code, tt.field, fd, tt.label, tt.typ)
		}
	}
	if n := len(report.BuiltinForms()); n != 5 {
		t.Errorf("BuiltinForms: %d forms, want 5", n)
	}
	var ue *report.UnknownFormError
	if _, err := report.BuiltinForm("thai-nguyen-2017-daily"); !errors.As(err, &ue) || ue.Code != "thai-nguyen-2017-daily" {
		t.Errorf("BuiltinForm of an unknown code: %v", err)
	}
}

// Every line of the two Thái Nguyên templates, as examples/forms transcribes
// them, is a field of the shipped forms, with at least the counts and ratios
// the transcription lists.
func TestThaiNguyenFormsFollowTheTemplates(t *testing.T) {
	file, err := os.Open("../examples/forms/thai-nguyen-2017-forms.md")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	forms := map[byte]*report.Form{'M': form(t, "thai-nguyen-2017-monthly"), 'W': form(t, "thai-nguyen-2017-weekly")}
	row := regexp.MustCompile(`^\| ([MW]\.[A-Za-z0-9.]+) \| .* \| (heading|text|count|ratio|mixed) \| (.*) \|$`)
	counted := regexp.MustCompile(`(?:^|; )(count|ratio):`)
	lines := 0
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		m := row.FindStringSubmatch(sc.Text())
		if m == nil || m[2] == "heading" {
			continue
		}
		lines++
		ref, kind, fields := m[1], m[2], m[3]
		want := map[report.Type]int{}
		switch kind {
		case "count":
			want[report.TypeCount] = 1
		case "ratio":
			want[report.TypeRatio] = 1
		case "mixed":
			for _, c := range counted.FindAllStringSubmatch(fields, -1) {
				if c[1] == "count" {
					want[report.TypeCount]++
				} else {
					want[report.TypeRatio]++
				}
			}
		}
		got := map[report.Type]int{}
		found := false
		for _, fd := range forms[ref[0]].Fields() {
			if fd.Ref == ref {
				found = true
				got[fd.Type]++
			}
		}
		if !found {
			t.Errorf("template line %s has no field", ref)
		}
		for typ, n := range want {
			if got[typ] < n {
				t.Errorf("template line %s: %d %s fields, want at least %d", ref, got[typ], typ, n)
			}
		}
	}
	if lines != 48 {
		t.Fatalf("read %d template lines from the transcription, want its 48 (34 monthly, 14 weekly)", lines)
	}
}

func TestFormSubject(t *testing.T) {
	tests := []struct {
		code   string
		period calendar.Period
		want   string
	}{
		{"thai-nguyen-2017-monthly", calendar.MonthPeriod(2017, time.July), "Công tác cải cách hành chính tháng 7/2017"},
		{"thai-nguyen-2017-weekly", calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4)), "Công tác cải cách hành chính tuần 31/2017 (từ ngày 31/7 đến ngày 06/8/2017)"},
		{"thai-nguyen-2017-weekly", calendar.WeekPeriod(calendar.NewDate(2018, time.January, 3)), "Công tác cải cách hành chính tuần 1/2018 (từ ngày 01/01 đến ngày 07/01/2018)"},
		{"binh-phuoc-2018-quarterly", calendar.QuarterPeriod(2018, 3), "Công tác cải cách hành chính quý III/2018"},
		{"binh-phuoc-2018-half-yearly", calendar.HalfPeriod(2018, 1), "Công tác cải cách hành chính 6 tháng đầu năm 2018"},
		{"binh-phuoc-2018-yearly", calendar.YearPeriod(2018), "Công tác cải cách hành chính năm 2018"},
	}
	for _, tt := range tests {
		if got := form(t, tt.code).Subject(tt.period); got != tt.want {
			t.Errorf("%s Subject(%s) = %q, want %q", tt.code, tt.period, got, tt.want)
		}
	}
}

func validSpec() report.FormSpec {
	return report.FormSpec{
		Code: "test-form", Kind: calendar.Monthly, Title: "Công tác thử",
		Sections: []report.Section{{Number: "I", Area: plan.AreaOneStop, Title: "Một cửa", Fields: []report.Field{
			{Code: "received", Type: report.TypeCount, Label: "Tiếp nhận"},
			{Code: "on-time", Type: report.TypeCount, Label: "Đúng hạn", Within: "received"},
			{Code: "e-docs", Type: report.TypeRatio, Label: "Văn bản điện tử", Numerator: "Điện tử", Denominator: "Tổng số"},
			{Code: "budget", Type: report.TypeAmount, Label: "Kinh phí", Unit: "triệu đồng", Decimals: 1},
		}}},
	}
}

func TestNewFormErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(*report.FormSpec)
		field  string
		reason string
	}{
		{"bad code", func(s *report.FormSpec) { s.Code = "Tháng" }, "", "code must be"},
		{"two kinds", func(s *report.FormSpec) { s.Kind = calendar.Monthly | calendar.Yearly }, "", "kind"},
		{"periodic", func(s *report.FormSpec) { s.Kind = calendar.Periodic }, "", "kind"},
		{"no title", func(s *report.FormSpec) { s.Title = "" }, "", "no title"},
		{"no area", func(s *report.FormSpec) { s.Sections[0].Area = plan.AreaUnspecified }, "", "no known area"},
		{"twice", func(s *report.FormSpec) { s.Sections[0].Fields[1].Code = "received" }, "received", "given twice"},
		{"no type", func(s *report.FormSpec) { s.Sections[0].Fields[0].Type = 0 }, "received", "no type"},
		{"no label", func(s *report.FormSpec) { s.Sections[0].Fields[0].Label = "" }, "received", "no label"},
		{"decimals on a count", func(s *report.FormSpec) { s.Sections[0].Fields[0].Decimals = 2 }, "received", "decimals"},
		{"within nothing", func(s *report.FormSpec) { s.Sections[0].Fields[1].Within = "sent" }, "on-time", "no such field"},
		{"within a ratio", func(s *report.FormSpec) { s.Sections[0].Fields[1].Within = "e-docs" }, "on-time", "within another count"},
		{"numerator of a count", func(s *report.FormSpec) { s.Sections[0].Fields[0].Numerator = "x" }, "received", "belong to a ratio"},
		{"within each other", func(s *report.FormSpec) { s.Sections[0].Fields[0].Within = "on-time" }, "received",
			`within forms a cycle: "received" within "on-time" within "received"`},
		{"within in a ring", func(s *report.FormSpec) {
			s.Sections[0].Fields = append(s.Sections[0].Fields, report.Field{Code: "resolved", Type: report.TypeCount, Label: "Đã giải quyết", Within: "on-time"})
			s.Sections[0].Fields[0].Within = "resolved"
		}, "received", `within forms a cycle: "received" within "resolved" within "on-time" within "received"`},
		{"negative revision", func(s *report.FormSpec) { s.Revision = -1 }, "", "revisions start at 1"},
	}
	for _, tt := range tests {
		spec := validSpec()
		tt.change(&spec)
		_, err := report.NewForm(spec)
		var fe *report.FormError
		if !errors.As(err, &fe) || fe.Field != tt.field || !strings.Contains(fe.Reason, tt.reason) {
			t.Errorf("%s: %v, want a *FormError on field %q with %q", tt.name, err, tt.field, tt.reason)
		}
	}
	if _, err := report.NewForm(validSpec()); err != nil {
		t.Fatalf("valid spec: %v", err)
	}
	// Every problem is reported at once.
	spec := validSpec()
	spec.Title, spec.Code = "", ""
	if _, err := report.NewForm(spec); err == nil || strings.Count(err.Error(), "report: form") != 2 {
		t.Errorf("two problems: %v", err)
	}
}

func TestFormSpecIsCopied(t *testing.T) {
	spec := validSpec()
	f, err := report.NewForm(spec)
	if err != nil {
		t.Fatal(err)
	}
	spec.Sections[0].Fields[0].Label = "changed"
	f.Sections()[0].Fields[0].Label = "changed"
	if fd, _ := f.Field("received"); fd.Label != "Tiếp nhận" {
		t.Errorf("the form changed through its spec: %q", fd.Label)
	}
}

func TestFormJSONRoundTrip(t *testing.T) {
	for _, f := range append(report.BuiltinForms(), mustForm(t, validSpec())) {
		data, err := f.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		again, err := report.ReadForms(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v\n%s", f.Code(), err, data)
		}
		if len(again) != 1 || !reflect.DeepEqual(again[0].Spec(), f.Spec()) {
			t.Errorf("%s: written and read again, the form changed", f.Code())
		}
	}
}

func mustForm(tb testing.TB, s report.FormSpec) *report.Form {
	tb.Helper()
	f, err := report.NewForm(s)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

func TestReadFormsErrors(t *testing.T) {
	head := `{"format": "cchc-form", "version": 1, "code": "x", "kind": "monthly", "title": "T", `
	tests := []struct {
		name, input string
		line, col   int
		msg         string
	}{
		{"not JSON", `{"format": }`, 1, 12, "unexpected"},
		{"unknown field", head + `"sections": [], "colour": "red"}`, 1, 101, `unknown field "colour"`},
		{"duplicate field", head + `"title": "U"}`, 1, 85, "duplicate key"},
		{"bad kind", `{"kind": "daily"}`, 1, 10, "frequency"},
		{"bad area", head + `"sections": [{"area": "roads", "title": "S", "fields": []}]}`, 1, 107, `unknown area "roads"`},
		{"bad type", head + "\"sections\": [{\"area\": \"other\", \"title\": \"S\", \"fields\": [\n{\"code\": \"a\", \"type\": \"number\", \"label\": \"A\"}]}]}", 2, 23, `unknown field type "number"`},
		{"version", `{"format": "cchc-form", "version": 2, "kind": "monthly"}`, 1, 1, "version 2"},
		{"format", `{"format": "cchc-plan", "version": 1, "kind": "monthly"}`, 1, 1, `format "cchc-plan"`},
		{"nothing after", head + `"sections": []} []`, 1, 101, "unexpected"},
		{"revision 0", head + `"revision": 0, "sections": []}`, 1, 97, "revision 0: revisions start at 1"},
		{"revision -1", head + `"revision": -1, "sections": []}`, 1, 97, "revision -1: revisions start at 1"},
		{"null sections", head + `"sections": null}`, 1, 97, "got null, want array"},
		{"null measures", head + `"measures": null}`, 1, 97, "got null, want array"},
	}
	for _, tt := range tests {
		_, err := report.ReadForms(strings.NewReader(tt.input))
		var de *report.DecodeError
		if !errors.As(err, &de) || de.Line != tt.line || de.Col != tt.col || !strings.Contains(de.Msg, tt.msg) {
			t.Errorf("%s: %v, want a *DecodeError at %d:%d with %q", tt.name, err, tt.line, tt.col, tt.msg)
		}
	}
	// A form that reads but is not whole is a *FormError.
	_, err := report.ReadForms(strings.NewReader(head + `"sections": []}`))
	var fe *report.FormError
	if !errors.As(err, &fe) || fe.Reason != "no section" {
		t.Errorf("form without sections: %v", err)
	}
}

// A form is made for a plan: CheckPlan names the measures the plan cannot
// evaluate, at their place in the file the form was read from.
func TestFormCheckPlan(t *testing.T) {
	bp, err := examples.BinhPhuoc2018()
	if err != nil {
		t.Fatal(err)
	}
	tn, err := examples.ThaiNguyen2017()
	if err != nil {
		t.Fatal(err)
	}
	quarterly := form(t, "binh-phuoc-2018-quarterly")
	if err := quarterly.CheckPlan(bp); err != nil {
		t.Errorf("the shipped form against its plan: %v", err)
	}
	// The shipped form against another plan: each measure, at its line.
	err = quarterly.CheckPlan(tn)
	var de *report.DecodeError
	var oe *report.ObjectiveError
	if !errors.As(err, &de) || de.File != "forms/binh-phuoc-2018.json" || de.Line != 79 || !errors.As(err, &oe) || oe.Objective != "II.2.e" {
		t.Errorf("the shipped form against another plan: %v", err)
	}

	data := `{"format": "cchc-form", "version": 1, "code": "x", "kind": "quarterly+yearly", "title": "T",
  "sections": [{"area": "one-stop", "title": "S", "fields": [{"code": "a", "type": "ratio", "label": "A"}]}],
  "measures": [
    {"objective": "ZZ", "target": 1, "field": "a"},
    {"field": "a", "target": 99, "objective": "II.2.e"},
    {"objective": "II.6.d", "target": 2, "field": "a"}
  ]}`
	forms, err := report.ReadForms(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		var got []string
		for _, e := range err2list(f.CheckPlan(bp)) {
			var de *report.DecodeError
			var oe *report.ObjectiveError
			if !errors.As(e, &de) || !errors.As(e, &oe) {
				t.Errorf("%s: %v is not a placed *ObjectiveError", f.Code(), e)
				continue
			}
			got = append(got, e.Error())
		}
		want := []string{
			`report: form:4:19: form "` + f.Code() + `": field "a": objective "ZZ", target 1: no such objective in the plan`,
			`report: form:5:30: form "` + f.Code() + `": field "a": objective "II.2.e", target 99: the objective has 3 targets`,
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: CheckPlan\n%s\nwant\n%s", f.Code(), strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	// A form built in code has no place to give.
	spec := forms[0].Spec()
	built := mustForm(t, spec)
	if err := built.CheckPlan(bp); !errors.As(err, &oe) || errors.As(err, &de) {
		t.Errorf("CheckPlan of a built form: %v", err)
	}
	var ae *report.ArgumentError
	if err := built.CheckPlan(nil); !errors.As(err, &ae) || ae.Arg != "plan" {
		t.Errorf("CheckPlan(nil): %v", err)
	}
	if err := (*report.Form)(nil).CheckPlan(bp); !errors.As(err, &ae) || ae.Arg != "form" {
		t.Errorf("CheckPlan of a nil form: %v", err)
	}
}

// err2list returns the errors joined in err.
func err2list(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

func TestReadFormsSeveralKinds(t *testing.T) {
	forms, err := report.ReadForms(strings.NewReader(`{"format": "cchc-form", "version": 1, "code": "periodic",
		"kind": "quarterly+yearly", "title": "Công tác", "sections": [{"area": "other", "title": "Đánh giá",
		"fields": [{"code": "assessment", "type": "text", "label": "Đánh giá"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range forms {
		got = append(got, f.Code()+" "+f.Kind().String())
	}
	if want := []string{"periodic-quarterly quarterly", "periodic-yearly yearly"}; !reflect.DeepEqual(got, want) {
		t.Errorf("forms %v, want %v", got, want)
	}
}

func FuzzReadForms(f *testing.F) {
	for _, fm := range report.BuiltinForms() {
		data, err := fm.MarshalJSON()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"format": "cchc-form", "version": 1, "code": "a", "kind": "ad-hoc", "title": "T", "sections": [{"area": "other", "title": "S", "fields": [{"code": "x", "type": "amount", "label": "X", "decimals": 2}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		forms, err := report.ReadForms(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "report: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		for _, fm := range forms {
			out, err := fm.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			again, err := report.ReadForms(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("written form does not read: %v\n%s", err, out)
			}
			if len(again) != 1 || !reflect.DeepEqual(again[0].Spec(), fm.Spec()) {
				t.Fatalf("parse, print, parse changed the form\n%s", out)
			}
		}
	})
}
