package task_test

import (
	"slices"
	"testing"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/task"
)

func TestRoleTable(t *testing.T) {
	for _, r := range []task.Role{task.Unspecified, task.Lead, task.Partner} {
		b, _ := r.MarshalText()
		var back task.Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v: round trip gives %v, %v", r, back, err)
		}
	}
	if r, err := task.ParseRole("chủ trì"); err != nil || r != task.Lead {
		t.Errorf("ParseRole(chủ trì) = %v, %v", r, err)
	}
	if _, err := task.ParseRole("owner"); err == nil {
		t.Error("an unknown role parsed")
	}
	if s := task.Role(9).String(); s != "Role(9)" {
		t.Errorf("String of an unknown role = %q", s)
	}
	for _, v := range []task.Via{task.ViaUnspecified, task.ByName, task.ByGroup} {
		b, _ := v.MarshalText()
		var back task.Via
		if err := back.UnmarshalText(b); err != nil || back != v {
			t.Errorf("%v: round trip gives %v, %v", v, back, err)
		}
	}
}

func TestNewKeepsOneRolePerAgency(t *testing.T) {
	tk := task.New(task.Spec{
		Plan: "121/KH-UBND", Number: "5.1", Title: "Rà soát vị trí việc làm",
		Lead: "Các sở, ban, ngành", Partners: "Sở Nội vụ",
		Assignments: []task.Assignment{
			{Agency: "so-noi-vu", Role: task.Lead, Via: task.ByGroup},
			{Agency: "so-tu-phap", Role: task.Lead, Via: task.ByGroup},
			{Agency: "so-noi-vu", Role: task.Partner, Via: task.ByName},
			{Agency: "so-tai-chinh", Role: task.Partner, Via: task.ByGroup},
			{Agency: "so-tai-chinh", Role: task.Lead, Via: task.ByGroup},
		},
	})
	tests := []struct {
		a    agency.ID
		role task.Role
		via  task.Via
	}{
		{"so-noi-vu", task.Partner, task.ByName}, // named beats a group
		{"so-tu-phap", task.Lead, task.ByGroup},
		{"so-tai-chinh", task.Lead, task.ByGroup}, // between equals the lead wins
		{"so-y-te", task.Unspecified, task.ViaUnspecified},
	}
	for _, tt := range tests {
		if r, v := tk.Role(tt.a); r != tt.role || v != tt.via {
			t.Errorf("Role(%s) = %v %v, want %v %v", tt.a, r, v, tt.role, tt.via)
		}
	}
	if got := tk.Leads(); !slices.Equal(got, []agency.ID{"so-tu-phap", "so-tai-chinh"}) {
		t.Errorf("Leads = %v", got)
	}
	if got := tk.Partners(); !slices.Equal(got, []agency.ID{"so-noi-vu"}) {
		t.Errorf("Partners = %v", got)
	}
}

func TestStableID(t *testing.T) {
	a := task.StableID("121/KH-UBND", "2.3")
	if a != task.StableID("121/KH-UBND", "2.3") {
		t.Error("the ID is not stable")
	}
	if a == task.StableID("121/KH-UBND", "2.4") || a == task.StableID("122/KH-UBND", "2.3") {
		t.Error("different tasks share an ID")
	}
	if a.Version() != 5 {
		t.Errorf("version %d, want a UUID v5", a.Version())
	}
	// "1" + "1.2" must not collide with "11" + ".2".
	if task.StableID("1", "1.2") == task.StableID("11", ".2") {
		t.Error("IDs collide across the separator")
	}
	tk := task.New(task.Spec{Plan: "121/KH-UBND", Number: "2.3"})
	if tk.ID() != a {
		t.Error("New does not use StableID")
	}
}

func TestTaskIsAValue(t *testing.T) {
	dl, _ := calendar.ParseDeadline("31/12/2017")
	spec := task.Spec{Number: "1.8", Deadline: dl, Assignments: []task.Assignment{{Agency: "so-noi-vu", Role: task.Lead, Via: task.ByName}}}
	tk := task.New(spec)
	spec.Assignments[0].Agency = "so-tu-phap"
	got := tk.Assignments()
	got[0].Agency = "so-y-te"
	if tk.Leads()[0] != "so-noi-vu" {
		t.Error("a caller changed the task")
	}
	if due, ok := tk.Due(calendar.Vietnam()); !ok || due != calendar.NewDate(2018, 1, 2) {
		t.Errorf("Due = %v %v, want 2018-01-02", due, ok)
	}
	again := task.New(tk.Spec())
	if again.ID() != tk.ID() || again.Leads()[0] != "so-noi-vu" {
		t.Error("Spec does not rebuild the task")
	}
}
