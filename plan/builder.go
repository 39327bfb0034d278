package plan

import "bytes"

// Builder makes a plan in code, with the same texts a plan file holds, and
// loads it the same way: Build never fails, and what does not parse or
// resolve is reported by Validate.
//
//	p := plan.NewBuilder(plan.Document{Number: "121/KH-UBND", Issuer: "UBND tỉnh Thái Nguyên"}).
//		Period("Năm 2017").
//		Section("1", "Công tác chỉ đạo, điều hành", plan.AreaDirection).
//		Task(plan.TaskText{Number: "1.1", Title: "...", Lead: "Sở Nội vụ", Deadline: "Thường xuyên"}).
//		Build()
type Builder struct {
	f filePlan
}

// TaskText is a task as a plan's annex writes it.
type TaskText struct {
	Number, Title, Lead, Partners, Deadline string
	Targets                                 []string
	Output, Note, Comment                   string
}

// ReportText is a report of the reporting regime as the plan writes it.
// Form is a calendar.Frequency code word: "weekly", "monthly", "quarterly",
// "half-yearly", "yearly", "ad-hoc", or several joined by '+'.
type ReportText struct {
	Form, Title, Schedule, Senders, Recipient, Text string
}

// NewBuilder starts a plan with its document.
func NewBuilder(doc Document) *Builder {
	b := &Builder{f: filePlan{Format: FormatName, Version: FormatVersion}}
	b.f.Document = fileDocument{
		Number:      doc.Number,
		Type:        doc.Type.String(),
		Issuer:      doc.Issuer,
		Place:       doc.Place,
		Date:        doc.Date.String(),
		Signer:      doc.Signer,
		SignerTitle: doc.SignerTitle,
		Title:       doc.Title,
		Recipients:  append([]string(nil), doc.Recipients...),
	}
	if doc.IssuedBy != nil {
		ref := refText(*doc.IssuedBy)
		b.f.Document.IssuedBy = &ref
	}
	for _, r := range doc.LegalBases {
		b.f.Document.LegalBases = append(b.f.Document.LegalBases, refText(r))
	}
	return b
}

func refText(r DocumentRef) fileRef {
	return fileRef{Number: r.Number, Type: r.Type.String(), Issuer: r.Issuer, Date: r.Date.String(), Title: r.Title}
}

// Province sets the province whose plan it is.
func (b *Builder) Province(name string) *Builder { b.f.Province = name; return b }

// Period sets the period the plan covers, as the plan writes it ("Năm 2017").
func (b *Builder) Period(text string) *Builder { b.f.Period = text; return b }

// Purpose adds paragraphs of Mục đích.
func (b *Builder) Purpose(paragraphs ...string) *Builder {
	b.f.Purpose = append(b.f.Purpose, paragraphs...)
	return b
}

// Objective adds an objective with its target phrases.
func (b *Builder) Objective(number, text string, targets ...string) *Builder {
	b.f.Objectives = append(b.f.Objectives, fileObjective{Number: number, Text: text, Targets: targets})
	return b
}

// Section starts a section; the tasks added next belong to it.
func (b *Builder) Section(number, title string, area Area) *Builder {
	code := ""
	if area != AreaUnspecified {
		code = area.String()
	}
	b.f.Sections = append(b.f.Sections, fileSection{Number: number, Title: title, Area: code})
	return b
}

// Task adds a task to the last section (to an untitled one if there is none).
func (b *Builder) Task(t TaskText) *Builder {
	if len(b.f.Sections) == 0 {
		b.f.Sections = append(b.f.Sections, fileSection{})
	}
	s := &b.f.Sections[len(b.f.Sections)-1]
	s.Tasks = append(s.Tasks, fileTask{
		Number: t.Number, Title: t.Title, Lead: t.Lead, Partners: t.Partners, Deadline: t.Deadline,
		Targets: append([]string(nil), t.Targets...), Output: t.Output, Note: t.Note, Comment: t.Comment,
	})
	return b
}

// Duty adds a paragraph of "Tổ chức thực hiện" for an agency or group.
func (b *Builder) Duty(agency, text string) *Builder {
	b.f.Duties = append(b.f.Duties, fileDuty{Agency: agency, Text: text})
	return b
}

// Report adds a report to the reporting regime.
func (b *Builder) Report(r ReportText) *Builder {
	b.f.Reporting = append(b.f.Reporting, fileReport{Form: r.Form, Title: r.Title, Schedule: r.Schedule,
		Senders: r.Senders, Recipient: r.Recipient, Text: r.Text})
	return b
}

// Deadline adds a plan-level deadline.
func (b *Builder) Deadline(what, agencies, deadline string) *Builder {
	b.f.Deadlines = append(b.f.Deadlines, fileDeadline{What: what, Agencies: agencies, Deadline: deadline})
	return b
}

// Build loads the plan. The builder can be used again afterwards; the plan
// does not share its texts.
func (b *Builder) Build(opts ...Option) *Plan {
	// A round trip through the file format copies every text, and makes a
	// built plan the same value as one read from its file.
	var buf bytes.Buffer
	f := &b.f
	if err := encodeFile(&buf, f); err == nil {
		if g, err := decodeFile(buf.Bytes(), ""); err == nil {
			f = g
		}
	}
	o := collect(opts)
	if o.registry == nil {
		o.registry = defaultRegistry(f.Province)
	}
	return build(f, nil, o)
}
