package report_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/report"
)

func ExampleForm() {
	f, err := report.BuiltinForm("thai-nguyen-2017-weekly")
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Code(), f.Kind())
	for _, s := range f.Sections() {
		fmt.Printf("%s %s (%s): %d fields\n", s.Number, s.Title, s.Area, len(s.Fields))
	}
	fmt.Println(f.Subject(calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4))))
	// Output:
	// thai-nguyen-2017-weekly weekly
	// I Kết quả giải quyết TTHC theo cơ chế một cửa, một cửa liên thông (one-stop): 5 fields
	// II.1 Số lượng phản ánh kiến nghị đã giải quyết/tổng số tiếp nhận (procedures): 1 fields
	// II.2 Kết quả thực hiện hiện đại hóa hành chính (modernisation): 4 fields
	// III Kết quả thực hiện nhiệm vụ CCHC (nếu có) (direction): 7 fields
	// IV Đánh giá (điểm mạnh hạn chế, vướng mắc, khó khăn) (other): 1 fields
	// Công tác cải cách hành chính tuần 31/2017 (từ ngày 31/7 đến ngày 06/8/2017)
}

func ExampleField() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	fd, _ := f.Field("electronic-documents")
	fmt.Println(fd.Ref, fd.Type, fd.Required)
	fmt.Println(fd.Numerator)
	fmt.Println(fd.Denominator)
	fmt.Println(fd.English)
	// Output:
	// M.II.6.a ratio true
	// Số văn bản đi được phát hành dưới dạng điện tử
	// Tổng số văn bản đi
	// Outgoing documents sent electronically / all outgoing documents
}

func ExampleSection() {
	f, _ := report.BuiltinForm("binh-phuoc-2018-yearly")
	for _, s := range f.Sections() {
		fmt.Println(s.Number, s.Area, s.Area.Vietnamese())
	}
	// Output:
	// I direction Công tác chỉ đạo, điều hành
	// II.1 institutions Cải cách thể chế
	// II.2 procedures Cải cách thủ tục hành chính
	// II.3 organisation Cải cách tổ chức bộ máy hành chính nhà nước
	// II.4 civil-service Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức
	// II.5 public-finance Cải cách tài chính công
	// II.6 modernisation Hiện đại hóa hành chính
	// II.7 one-stop Cơ chế một cửa, một cửa liên thông
	// III other Nội dung khác
	// IV other Nội dung khác
}

// A portal defines its own form in code; ReadForms reads the same from JSON.
func ExampleFormSpec() {
	f, err := report.NewForm(report.FormSpec{
		Code: "huyen-dai-tu-monthly", Kind: calendar.Monthly, Title: "Kết quả giải quyết hồ sơ",
		Sections: []report.Section{{Number: "I", Area: plan.AreaOneStop, Title: "Một cửa", Fields: []report.Field{
			{Code: "dossiers-received", Type: report.TypeCount, Label: "Hồ sơ tiếp nhận", Unit: "hồ sơ", Required: true},
			{Code: "dossiers-on-time", Type: report.TypeCount, Label: "Hồ sơ đúng hạn", Unit: "hồ sơ", Within: "dossiers-received"},
		}}},
	})
	fmt.Println(f.Code(), f.Revision(), len(f.Fields()), err)
	// Output: huyen-dai-tu-monthly 1 2 <nil>
}

func ExampleNewForm() {
	_, err := report.NewForm(report.FormSpec{Code: "Báo cáo tháng", Kind: calendar.Monthly | calendar.Weekly})
	fmt.Println(err)
	// Output:
	// report: form "Báo cáo tháng": code must be lower-case ASCII words joined by hyphens
	// report: form "Báo cáo tháng": kind "weekly+monthly": want one of weekly, monthly, quarterly, half-yearly, yearly, ad-hoc
	// report: form "Báo cáo tháng": no title
	// report: form "Báo cáo tháng": no section
}

func ExampleFormError() {
	_, err := report.NewForm(report.FormSpec{Code: "x", Kind: calendar.Monthly, Title: "T",
		Sections: []report.Section{{Area: plan.AreaOther, Title: "S", Fields: []report.Field{{Code: "a", Type: report.TypeCount}}}}})
	var fe *report.FormError
	if errors.As(err, &fe) {
		fmt.Printf("form %s, field %s: %s\n", fe.Form, fe.Field, fe.Reason)
	}
	// Output: form x, field a: no label
}

func ExampleReadForms() {
	forms, err := report.ReadForms(strings.NewReader(`{
	"format": "cchc-form", "version": 1, "code": "periodic", "kind": "quarterly+yearly",
	"title": "Công tác cải cách hành chính",
	"sections": [{"area": "one-stop", "title": "Một cửa", "fields": [
		{"code": "dossiers-received", "type": "count", "label": "Tổng số hồ sơ đã tiếp nhận"}]}]}`))
	for _, f := range forms {
		fmt.Println(f.Code(), f.Kind())
	}
	fmt.Println(err)
	// Output:
	// periodic-quarterly quarterly
	// periodic-yearly yearly
	// <nil>
}

func ExampleType() {
	t, err := report.ParseType("ratio")
	fmt.Println(t, err)
	// Output: ratio <nil>
}

func ExampleValue() {
	for _, v := range []report.Value{
		report.Count(18528),
		report.Ratio(125, 200),
		report.Ratio(0, 0),
		report.Amount(decimal.RequireFromString("1234.5")),
		report.Text("Đạt kế hoạch"),
	} {
		fmt.Printf("%s | %s\n", v, v.Format())
	}
	// Output:
	// 18528 | 18.528
	// 125/200 | 125/200 (62,5%)
	// 0/0 | 0/0
	// 1234.5 | 1.234,5
	// Đạt kế hoạch | Đạt kế hoạch
}

// A submission keeps every valid value; each bad one is a Problem naming its
// field.
func ExampleSubmission() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-weekly")
	week := calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4))
	s, err := report.NewSubmission(f, report.SubmissionSpec{
		Unit:     "ubnd-huyen-dai-tu",
		Period:   week,
		Received: calendar.NewDate(2017, time.August, 4).At(9, 30),
		Values: map[string]report.Value{
			"dossiers-received":    report.Count(1520),
			"dossiers-resolved":    report.Count(1400),
			"dossiers-on-time":     report.Count(1390),
			"dossiers-overdue":     report.Count(-10),
			"dossiers-returned":    report.Count(4),
			"feedback-resolved":    report.Ratio(5, 4),
			"electronic-documents": report.Ratio(410, 500),
			"ho-so-buu-chinh":      report.Count(12),
		},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	v, _ := s.Value("electronic-documents")
	fmt.Println(v.Format())
	for _, p := range s.Problems() {
		fmt.Println(p.Field, p.Kind, p.Value)
	}
	// Output:
	// thai-nguyen-2017-weekly ubnd-huyen-dai-tu Tuần 31/2017 #1
	// 410/500 (82%)
	// dossiers-overdue negative -10
	// feedback-resolved numerator-above-denominator 5/4
	// ho-so-buu-chinh unknown-field 12
}

func ExampleSubmissionSpec() {
	f, _ := report.BuiltinForm("binh-phuoc-2018-quarterly")
	s, err := report.NewSubmission(f, report.SubmissionSpec{
		Unit:     "so-noi-vu",
		Period:   calendar.QuarterPeriod(2018, 1),
		Received: calendar.NewDate(2018, time.March, 6).At(14, 0),
		Revision: 2,
		Number:   "245/BC-SNV",
		Text:     "Báo cáo thay thế Báo cáo số 230/BC-SNV.",
		Values:   map[string]report.Value{"digital-signature-units": report.Ratio(17, 20)},
	})
	fmt.Println(s, s.Number(), err)
	fmt.Println(len(s.Problems()), "required fields not given")
	// Output:
	// binh-phuoc-2018-quarterly so-noi-vu Quý I/2018 #2 245/BC-SNV <nil>
	// 6 required fields not given
}

func ExampleKey() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-tu-phap", Period: calendar.MonthPeriod(2017, time.August),
		Received: calendar.NewDate(2017, time.August, 25).At(8, 0)})
	k := s.Key()
	fmt.Println(k.Form, k.Unit, k.Period)
	// Output: thai-nguyen-2017-monthly so-tu-phap Tháng 8/2017
}

func ExampleProblem() {
	p := report.Problem{Field: "dossiers-overdue", Kind: report.ProblemNegative, Value: "-10"}
	fmt.Println(p)
	// Output: report: field "dossiers-overdue": negative: "-10"
}

func ExampleProblemKind() {
	k, _ := report.ParseProblemKind("numerator-above-denominator")
	fmt.Println(k == report.ProblemNumeratorAbove)
	// Output: true
}

func ExamplePeriodError() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-weekly")
	_, err := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.MonthPeriod(2017, time.August),
		Received: calendar.NewDate(2017, time.August, 25).At(8, 0)})
	fmt.Println(err)
	// Output: report: form "thai-nguyen-2017-weekly": period "Tháng 8/2017": a weekly form covers a week, not a month
}

func ExampleReceivedError() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	_, err := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.MonthPeriod(2017, time.August),
		Received: calendar.NewDate(2017, time.July, 28).At(9, 0)})
	var re *report.ReceivedError
	fmt.Println(errors.As(err, &re), err)
	// Output: true report: received 2017-07-28T09:00:00+07:00, before period "Tháng 8/2017" began
}

func ExampleUnitError() {
	c, _ := report.NewCollector(agency.Default())
	f, _ := c.Form("thai-nguyen-2017-monthly")
	s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-ngoai-vu", Period: calendar.MonthPeriod(2017, time.August),
		Received: calendar.NewDate(2017, time.August, 25).At(8, 0)})
	_, err := c.Add(s)
	fmt.Println(err)
	// Output: report: unit "so-ngoai-vu": not in the agency registry
}

func ExampleUnknownFormError() {
	_, err := report.BuiltinForm("thai-nguyen-2017-daily")
	fmt.Println(err)
	// Output: report: unknown form "thai-nguyen-2017-daily"
}

func ExampleDecodeError() {
	_, err := report.ReadSubmission(strings.NewReader(`{
  "format": "cchc-submission", "version": 1,
  "form": "thai-nguyen-2017-weekly",
  "unit": "so-noi-vu",
  "period": "Tháng 8/2017",
  "received": "2017-08-25T09:00:00+07:00"
}`))
	var de *report.DecodeError
	var pe *report.PeriodError
	fmt.Println(errors.As(err, &de), de.Line, de.Col, errors.As(err, &pe))
	fmt.Println(err)
	// Output:
	// true 5 13 true
	// report: submission:5:13: form "thai-nguyen-2017-weekly": period "Tháng 8/2017": a weekly form covers a week, not a month
}

func ExampleReadSubmission() {
	s, err := report.ReadSubmission(strings.NewReader(`{
  "format": "cchc-submission", "version": 1,
  "form": "thai-nguyen-2017-weekly", "unit": "ubnd-huyen-vo-nhai",
  "period": "Tuần 31/2017", "received": "2017-08-04T09:30:00+07:00",
  "values": {"dossiers-received": 310, "electronic-documents": [120, 150], "assessment": 5}
}`))
	fmt.Println(s, err)
	v, _ := s.Value("electronic-documents")
	fmt.Println(v.Format())
	fmt.Println(s.Problems()[len(s.Problems())-1])
	// Output:
	// thai-nguyen-2017-weekly ubnd-huyen-vo-nhai Tuần 31/2017 #1 <nil>
	// 120/150 (80%)
	// report: field "assessment": wrong-type: "5"
}

func ExampleCollector() {
	c, _ := report.NewCollector(agency.Default())
	f, _ := c.Form("thai-nguyen-2017-monthly")
	spec := report.SubmissionSpec{Unit: "so-tu-phap", Period: calendar.MonthPeriod(2017, time.August),
		Received: calendar.NewDate(2017, time.August, 24).At(16, 0),
		Values:   map[string]report.Value{"dossiers-received": report.Count(210)}}
	first, _ := report.NewSubmission(f, spec)
	c.Add(first)

	// The department corrects its figure the next day.
	spec.Revision, spec.Received = 2, calendar.NewDate(2017, time.August, 25).At(8, 0)
	spec.Values = map[string]report.Value{"dossiers-received": report.Count(212)}
	second, _ := report.NewSubmission(f, spec)
	replaced, err := c.Add(second)
	fmt.Println(replaced, err)

	_, err = c.Add(second)
	fmt.Println(err)
	for _, s := range c.History(second.Key()) {
		v, _ := s.Value("dossiers-received")
		fmt.Println(s.Revision(), v)
	}
	// Output:
	// thai-nguyen-2017-monthly so-tu-phap Tháng 8/2017 #1 <nil>
	// report: thai-nguyen-2017-monthly so-tu-phap Tháng 8/2017: revision 2 already received
	// 1 210
	// 2 212
}

func ExampleDuplicateError() {
	c, _ := report.NewCollector(agency.Default())
	f, _ := c.Form("thai-nguyen-2017-weekly")
	s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4)),
		Received: calendar.NewDate(2017, time.August, 4).At(9, 0)})
	c.Add(s)
	_, err := c.Add(s)
	var de *report.DuplicateError
	fmt.Println(errors.As(err, &de), de.Key.Unit, de.Revision)
	// Output: true so-noi-vu 1
}

func ExampleRevisionError() {
	c, _ := report.NewCollector(agency.Default())
	f, _ := c.Form("thai-nguyen-2017-weekly")
	spec := report.SubmissionSpec{Unit: "so-noi-vu", Period: calendar.WeekPeriod(calendar.NewDate(2017, time.August, 4)),
		Received: calendar.NewDate(2017, time.August, 4).At(9, 0), Revision: 3}
	s, _ := report.NewSubmission(f, spec)
	c.Add(s)
	spec.Revision = 2
	s, _ = report.NewSubmission(f, spec)
	_, err := c.Add(s)
	fmt.Println(err)
	// Output: report: thai-nguyen-2017-weekly so-noi-vu Tuần 31/2017: revision 2 comes after revision 3
}

func ExampleLatest() {
	f, _ := report.BuiltinForm("thai-nguyen-2017-monthly")
	var subs []report.Submission
	for rev := 1; rev <= 3; rev++ {
		s, _ := report.NewSubmission(f, report.SubmissionSpec{Unit: "so-y-te", Period: calendar.MonthPeriod(2017, time.August),
			Received: calendar.NewDate(2017, time.August, 20+rev).At(9, 0), Revision: rev})
		subs = append(subs, s)
	}
	fmt.Println(report.Latest(func(yield func(report.Submission) bool) {
		for _, s := range subs {
			if !yield(s) {
				return
			}
		}
	}))
	// Output: [thai-nguyen-2017-monthly so-y-te Tháng 8/2017 #3]
}
