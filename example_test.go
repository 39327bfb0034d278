package cchc_test

import (
	"fmt"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/task"
)

// Thái Nguyên's 2017 plan: which tasks the Sở Tư pháp leads, and when each
// dated one falls due on Vietnam's working calendar.
func Example() {
	p, err := examples.ThaiNguyen2017()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, number := range p.Matrix().Tasks("so-tu-phap", task.Lead) {
		t, _ := p.Task(number)
		if due, ok := t.Due(calendar.Vietnam()); ok {
			fmt.Printf("%s due %s (%q)\n", number, due.Format(), t.Deadline().Text())
		}
	}
	// Output:
	// 1.7 due 30/11/2017 ("Tháng 11/2017")
	// 1.8 due 02/01/2018 ("31/12/2017")
	// 2.6 due 02/01/2018 ("31/12/2017")
	// 5.1 due 31/08/2017 ("Tháng 8/2017")
	// 5.2 due 29/09/2017 ("Tháng 9/2017")
	// 5.9 due 02/01/2018 ("31/12/2017")
	// 7.4 due 02/01/2018 ("31/12/2017")
	// 8.4 due 28/12/2018 ("Năm 2017-2018")
}
