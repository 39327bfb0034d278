package report

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/openpar/cchc/agency"
	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
	"github.com/openpar/cchc/plan"
	"github.com/openpar/cchc/task"
)

// TaskState says where a task of a plan stands on a day.
type TaskState uint8

// The states of a task.
const (
	TaskUnspecified TaskState = iota
	TaskNotDue                // chưa đến hạn
	TaskDueSoon               // sắp đến hạn: due within the warning window
	TaskDone                  // đã hoàn thành
	TaskOverdue               // quá hạn: due, not done
	TaskOngoing               // thường xuyên: no single due day (ongoing, recurring, as regulation says), not done
)

var taskStateNames = []string{"unspecified", "not-due", "due-soon", "done", "overdue", "ongoing"}
var taskStates = enum.Table[TaskState]{
	Pkg:     "report",
	Type:    "TaskState",
	Codes:   taskStateNames,
	Unknown: func(w string) error { return fmt.Errorf("report: unknown task state %q", w) },
}
var taskStateVietnamese = []string{"", "chưa đến hạn", "sắp đến hạn", "đã hoàn thành", "quá hạn", "thường xuyên"}

// String returns the state's code word ("due-soon").
func (s TaskState) String() string { return taskStates.String(s) }

// Vietnamese returns the state as a progress table writes it ("quá hạn"),
// or "" when unspecified or unknown.
func (s TaskState) Vietnamese() string {
	if int(s) < len(taskStateVietnamese) {
		return taskStateVietnamese[s]
	}
	return ""
}

// ParseTaskState is the inverse of TaskState.String.
func ParseTaskState(s string) (TaskState, error) {
	return taskStates.Parse(s)
}

// MarshalText encodes the state as its code word.
func (s TaskState) MarshalText() ([]byte, error) { return taskStates.Marshal(s) }

// UnmarshalText decodes a code word.
func (s *TaskState) UnmarshalText(b []byte) error {
	return taskStates.Unmarshal(s, b)
}

// DefaultDueSoon is how many working days before its due day a task is due
// soon, unless CheckProgress is told otherwise.
const DefaultDueSoon = 10

// Completion records that a task of a plan was done.
type Completion struct {
	Task   string        // the task's number as the plan writes it ("2.3")
	Done   calendar.Date // the day it was completed
	Agency agency.ID     // who reported it, if known
	Note   string        // the product, the document that completes it
}

// TaskStatus is one task's state on the day of a check.
type TaskStatus struct {
	Task  task.Task
	Area  plan.Area     // the area of the section the task stands in
	Due   calendar.Date // the effective due day; zero when the task has none
	Done  calendar.Date // the first completion on or before the day of the check; zero when none
	State TaskState
	// Late reports a task done after its due day.
	Late bool
	// Workdays is the number of working days from the day of the check to
	// the due day for a task not yet due (1 when due the next working day),
	// and of working days it is overdue for an overdue one; 0 otherwise.
	Workdays int
}

// StateCounts counts tasks by state.
type StateCounts struct {
	NotDue, DueSoon, Done, Overdue, Ongoing int
}

// Total returns the number of tasks counted.
func (c StateCounts) Total() int { return c.NotDue + c.DueSoon + c.Done + c.Overdue + c.Ongoing }

func (c *StateCounts) add(s TaskState) {
	switch s {
	case TaskNotDue:
		c.NotDue++
	case TaskDueSoon:
		c.DueSoon++
	case TaskDone:
		c.Done++
	case TaskOverdue:
		c.Overdue++
	case TaskOngoing:
		c.Ongoing++
	}
}

// AreaProgress counts the tasks of one area.
type AreaProgress struct {
	Area plan.Area
	StateCounts
}

// AgencyProgress counts the tasks one agency leads and those it partners.
type AgencyProgress struct {
	Agency  agency.ID
	Name    string
	Lead    StateCounts
	Partner StateCounts
}

// TaskError reports a completion for a task the plan does not have.
type TaskError struct {
	Task string
}

func (e *TaskError) Error() string { return fmt.Sprintf("report: no task %q in the plan", e.Task) }

// Progress is the state of a plan's tasks on a day, and, given a roll-up,
// the evaluation of its objectives' targets. The zero Progress has no task.
type Progress struct {
	on          calendar.Date
	plan        *plan.Plan
	tasks       []TaskStatus
	evaluations []Evaluation
	problems    []error
}

// ProgressOption changes how CheckProgress works.
type ProgressOption func(*progressOptions)

type progressOptions struct {
	soon     int
	rollup   *Rollup
	measures []Measure
}

// DueSoonWithin makes a task due soon within n working days of its due day
// instead of DefaultDueSoon.
func DueSoonWithin(n int) ProgressOption { return func(o *progressOptions) { o.soon = n } }

// CheckProgress returns the state of plan p's tasks at the end of day on,
// from the completions recorded: a task completed on or before on is done
// (late if after its due day); otherwise it is overdue after its due day,
// due soon within DueSoonWithin working days of it, not due before that, and
// ongoing when it has no single due day. With Objectives it also evaluates
// the plan's objectives against rolled-up figures. Completions for tasks the
// plan does not have, and targets that cannot be evaluated, are reported in
// Problems; the rest still counts. A nil p is a plan without tasks or
// objectives.
func CheckProgress(p *plan.Plan, on calendar.Date, done []Completion, opts ...ProgressOption) *Progress {
	o := progressOptions{soon: DefaultDueSoon}
	for _, opt := range opts {
		opt(&o)
	}
	pr := &Progress{on: on, plan: p}
	first := map[string]calendar.Date{}
	for _, c := range done {
		known := false
		if p != nil {
			_, known = p.Task(c.Task)
		}
		if !known {
			pr.problems = append(pr.problems, &TaskError{Task: c.Task})
			continue
		}
		if c.Done.IsZero() || c.Done.After(on) {
			continue
		}
		if d, ok := first[c.Task]; !ok || c.Done.Before(d) {
			first[c.Task] = c.Done
		}
	}
	var sections []plan.Section
	var tasks []task.Task
	var cal *calendar.Calendar
	if p != nil {
		sections, tasks, cal = p.Sections(), p.Tasks(), p.Calendar()
	}
	k := 0
	for _, s := range sections {
		for range s.Tasks {
			if k >= len(tasks) {
				break
			}
			t := tasks[k]
			k++
			st := TaskStatus{Task: t, Area: s.Area}
			due, hasDue := t.Due(cal)
			if hasDue {
				st.Due = due
			}
			d, isDone := first[t.Number()]
			switch {
			case isDone:
				st.State, st.Done = TaskDone, d
				st.Late = hasDue && d.After(due)
			case !hasDue:
				st.State = TaskOngoing
			case due.Before(on):
				st.State = TaskOverdue
				st.Workdays = cal.Workdays(due.AddDays(1), on)
			default:
				st.Workdays = cal.Workdays(on.AddDays(1), due)
				st.State = TaskNotDue
				if st.Workdays <= o.soon {
					st.State = TaskDueSoon
				}
			}
			pr.tasks = append(pr.tasks, st)
		}
	}
	if o.rollup != nil {
		pr.evaluations = evaluate(p, o.rollup, o.measures)
		for _, e := range pr.evaluations {
			if e.Err != nil {
				pr.problems = append(pr.problems, e.Err)
			}
		}
	}
	return pr
}

// Evaluations returns the objectives' targets evaluated against the roll-up
// given with Objectives, in the order of the measures.
func (pr *Progress) Evaluations() []Evaluation { return slices.Clone(pr.evaluations) }

// Date returns the day of the check.
func (pr *Progress) Date() calendar.Date { return pr.on }

// Tasks returns every task's state, in document order.
func (pr *Progress) Tasks() []TaskStatus { return slices.Clone(pr.tasks) }

// State returns the tasks in state s, in document order.
func (pr *Progress) State(s TaskState) []TaskStatus {
	var out []TaskStatus
	for _, t := range pr.tasks {
		if t.State == s {
			out = append(out, t)
		}
	}
	return out
}

// Total counts every task.
func (pr *Progress) Total() StateCounts {
	var c StateCounts
	for _, t := range pr.tasks {
		c.add(t.State)
	}
	return c
}

// ByArea counts the tasks of each area that has any, in the order of the
// areas (the six reform areas first).
func (pr *Progress) ByArea() []AreaProgress {
	var out []AreaProgress
	for _, t := range pr.tasks {
		i := slices.IndexFunc(out, func(a AreaProgress) bool { return a.Area == t.Area })
		if i < 0 {
			i = len(out)
			out = append(out, AreaProgress{Area: t.Area})
		}
		out[i].add(t.State)
	}
	slices.SortFunc(out, func(a, b AreaProgress) int { return cmp.Compare(a.Area, b.Area) })
	return out
}

// ByAgency counts, for each agency with a role in a task, the tasks it leads
// and those it partners, agencies in Vietnamese order of name.
func (pr *Progress) ByAgency() []AgencyProgress {
	if pr.plan == nil {
		return nil // no plan, no task
	}
	at := map[agency.ID]int{}
	var out []AgencyProgress
	reg := pr.plan.Registry()
	for _, t := range pr.tasks {
		for _, a := range t.Task.Assignments() {
			i, ok := at[a.Agency]
			if !ok {
				i = len(out)
				at[a.Agency] = i
				out = append(out, AgencyProgress{Agency: a.Agency, Name: reg.Name(a.Agency)})
			}
			switch a.Role {
			case task.Lead:
				out[i].Lead.add(t.State)
			case task.Partner:
				out[i].Partner.add(t.State)
			}
		}
	}
	ids := make([]agency.ID, len(out))
	for i, a := range out {
		ids[i] = a.Agency
	}
	reg.SortIDs(ids)
	rank := map[agency.ID]int{}
	for i, id := range ids {
		rank[id] = i
	}
	slices.SortFunc(out, func(a, b AgencyProgress) int { return cmp.Compare(rank[a.Agency], rank[b.Agency]) })
	return out
}

// Problems returns a *TaskError for each completion of a task the plan does
// not have, and the error of each target that could not be evaluated.
func (pr *Progress) Problems() []error { return slices.Clone(pr.problems) }
