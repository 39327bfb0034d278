package examples

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"

	"github.com/openpar/cchc/plan"
)

//go:embed plans/*.json
var files embed.FS

// names maps the command-line name of each seed plan to its file, in the
// order of the seeds.
var names = []string{"bac-kan-2011", "thai-nguyen-2017", "binh-phuoc-2018", "bac-kan-town-2011", "lang-son-2013"}

// Names returns the names of the example plans, as the cchc command knows
// them ("thai-nguyen-2017").
func Names() []string { return slices.Clone(names) }

// File returns the plan file of the named example.
func File(name string) ([]byte, error) {
	if !slices.Contains(names, name) {
		return nil, fmt.Errorf("examples: no example plan %q (have %v)", name, names)
	}
	return fs.ReadFile(files, "plans/"+name+".json")
}

// Load loads the named example plan; opts are passed to plan.Parse.
func Load(name string, opts ...plan.Option) (*plan.Plan, error) {
	data, err := File(name)
	if err != nil {
		return nil, err
	}
	return plan.Parse(data, append([]plan.Option{plan.WithFileName(name + ".json")}, opts...)...)
}

// BacKan2011 is the plan for public administration reform 2011-2015 of Bắc
// Kạn province (seed 000): objectives with targets, the task lists of the six
// areas, the duties of each department.
func BacKan2011() (*plan.Plan, error) { return Load("bac-kan-2011") }

// ThaiNguyen2017 is Kế hoạch 121/KH-UBND of 19/7/2017, Thái Nguyên province
// (seed 001): 58 tasks in 9 sections, weekly and monthly reports.
func ThaiNguyen2017() (*plan.Plan, error) { return Load("thai-nguyen-2017") }

// BinhPhuoc2018 is the reform plan for 2018 of Bình Phước province, issued by
// Quyết định 3406/QĐ-UBND of 28/12/2017 (seed 002).
func BinhPhuoc2018() (*plan.Plan, error) { return Load("binh-phuoc-2018") }

// BacKanTown2011 is the six groups of solutions of thị xã Bắc Kạn for
// 2011-2015 (seed 003): a plan with no deadlines is still a plan.
func BacKanTown2011() (*plan.Plan, error) { return Load("bac-kan-town-2011") }

// LangSon2013 is Kế hoạch 62/KH-UBND of 11/7/2013, Lạng Sơn province (seed
// 004), carrying out Chỉ thị 07/CT-TTg.
func LangSon2013() (*plan.Plan, error) { return Load("lang-son-2013") }

// All loads the five example plans in the order of the seeds.
func All() ([]*plan.Plan, error) {
	out := make([]*plan.Plan, 0, len(names))
	for _, n := range names {
		p, err := Load(n)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
