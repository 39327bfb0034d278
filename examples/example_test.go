package examples_test

import (
	"fmt"

	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/plan"
)

// The annex of Kế hoạch 121/KH-UBND lists 58 tasks in nine sections.
func ExampleThaiNguyen2017() {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := p.Document()
	fmt.Println(d.Number, d.Date.Format(), p.Period())
	for _, s := range p.Sections() {
		fmt.Printf("%s %s: %d\n", s.Number, s.Title, len(s.Tasks))
	}
	fmt.Println(len(p.Tasks()), "tasks")
	// Output:
	// 121/KH-UBND 19/07/2017 Năm 2017
	// 1 Công tác chỉ đạo, điều hành: 8
	// 2 Công tác xây dựng và tổ chức thực hiện VB QPPL: 7
	// 3 Cải cách thủ tục hành chính (TTHC): 8
	// 4 Cải cách tổ chức bộ máy: 3
	// 5 Xây dựng và nâng cao chất lượng đội ngũ CB, CC: 9
	// 6 Cải cách tài chính công: 3
	// 7 Hiện đại hóa hành chính: 9
	// 8 Thực hiện cơ chế một cửa, một cửa liên thông: 7
	// 9 Đánh giá tác động của CCHC: 4
	// 58 tasks
}

// The annex of Bình Phước's plan for 2018 numbers the rows of section VI
// from 1 to 10 and then 13; Validate reports the gap and where it is.
func ExampleBinhPhuoc2018() {
	p, err := examples.BinhPhuoc2018()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Document().IssuedBy)
	for _, pr := range p.Validate() {
		if pr.Code == plan.CodeNumberingGap {
			fmt.Printf("task %s: %s: %s: %s\n", pr.Place.Task, pr.Severity, pr.Code, pr.Message)
		}
	}
	// Output:
	// Quyết định số 3406/QĐ-UBND ngày 28/12/2017 của Chủ tịch UBND tỉnh Bình Phước
	// task VI.13: warning: numbering-gap: numbering jumps from VI.10 to VI.13
}

// All loads the five seed plans in order; Names gives the names the cchc
// command knows them by.
func ExampleAll() {
	plans, err := examples.All()
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, p := range plans {
		fmt.Printf("%-17s %-11s %-13s %2d tasks\n", examples.Names()[i], p.Province(), p.Period(), len(p.Tasks()))
	}
	// Output:
	// bac-kan-2011      Bắc Kạn     Năm 2011-2015 45 tasks
	// thai-nguyen-2017  Thái Nguyên Năm 2017      58 tasks
	// binh-phuoc-2018   Bình Phước  Năm 2018      46 tasks
	// bac-kan-town-2011 Bắc Kạn     Năm 2011-2015 14 tasks
	// lang-son-2013     Lạng Sơn    Năm 2011-2020  6 tasks
}
