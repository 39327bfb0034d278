package task_test

import (
	"fmt"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/task"
)

func ExampleTask() {
	dl, _ := calendar.ParseDeadline("Quý III/2017")
	t := task.New(task.Spec{
		Plan: "121/KH-UBND", Number: "8.6", Title: "Thành lập Trung tâm Hành chính công",
		Lead: "Sở Nội vụ", Partners: "Các Sở: Kế hoạch và Đầu tư, Tài chính",
		Deadline: dl,
		Assignments: []task.Assignment{
			{Agency: "so-noi-vu", Role: task.Lead, Via: task.ByName, Text: "Sở Nội vụ"},
			{Agency: "so-tai-chinh", Role: task.Partner, Via: task.ByName, Text: "Tài chính"},
		},
	})
	due, _ := t.Due(calendar.Vietnam())
	fmt.Println(t)
	fmt.Println("lead:", t.Leads(), "partners:", t.Partners())
	fmt.Println("due:", due, "from", t.Deadline().Text())
	// Output:
	// 8.6 Thành lập Trung tâm Hành chính công
	// lead: [so-noi-vu] partners: [so-tai-chinh]
	// due: 2017-09-29 from Quý III/2017
}

func ExampleRole() {
	fmt.Println(task.Lead, task.Lead.Vietnamese())
	fmt.Println(task.Partner, task.Partner.Vietnamese())
	// Output:
	// lead chủ trì
	// partner phối hợp
}
