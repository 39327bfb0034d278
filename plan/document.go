package plan

import (
	"fmt"
	"strings"

	"github.com/openpar/cchc/calendar"
)

// DocumentType is the kind of an administrative document, as the
// abbreviation in its number says ("121/KH-UBND" is a plan).
type DocumentType uint8

// Document types, by the abbreviations of document numbers.
const (
	DocUnspecified    DocumentType = iota
	DocPlan                        // Kế hoạch (KH)
	DocDecision                    // Quyết định (QĐ)
	DocDirective                   // Chỉ thị (CT)
	DocResolution                  // Nghị quyết (NQ)
	DocDecree                      // Nghị định (NĐ)
	DocCircular                    // Thông tư (TT)
	DocOfficialLetter              // Công văn (CV)
	DocNotice                      // Thông báo (TB)
	DocReport                      // Báo cáo (BC)
	DocSubmission                  // Tờ trình (TTr)
	DocLaw                         // Luật, Bộ luật
)

var docTypeInfo = [...]struct{ abbr, vi, en string }{
	DocUnspecified:    {"", "", "unspecified"},
	DocPlan:           {"KH", "Kế hoạch", "plan"},
	DocDecision:       {"QĐ", "Quyết định", "decision"},
	DocDirective:      {"CT", "Chỉ thị", "directive"},
	DocResolution:     {"NQ", "Nghị quyết", "resolution"},
	DocDecree:         {"NĐ", "Nghị định", "decree"},
	DocCircular:       {"TT", "Thông tư", "circular"},
	DocOfficialLetter: {"CV", "Công văn", "official letter"},
	DocNotice:         {"TB", "Thông báo", "notice"},
	DocReport:         {"BC", "Báo cáo", "report"},
	DocSubmission:     {"TTr", "Tờ trình", "submission"},
	DocLaw:            {"Luật", "Luật", "law"},
}

// String returns the abbreviation used in document numbers ("QĐ"), or "" for
// an unspecified type.
func (t DocumentType) String() string {
	if int(t) < len(docTypeInfo) {
		return docTypeInfo[t].abbr
	}
	return fmt.Sprintf("DocumentType(%d)", uint8(t))
}

// Vietnamese returns the type's Vietnamese name ("Quyết định").
func (t DocumentType) Vietnamese() string {
	if int(t) < len(docTypeInfo) {
		return docTypeInfo[t].vi
	}
	return ""
}

// English returns the type's English name ("decision").
func (t DocumentType) English() string {
	if int(t) < len(docTypeInfo) {
		return docTypeInfo[t].en
	}
	return ""
}

// ParseDocumentType reads an abbreviation ("QĐ", also "QD") or a Vietnamese
// name ("Quyết định"); "" is DocUnspecified.
func ParseDocumentType(s string) (DocumentType, error) {
	s = strings.TrimSpace(s)
	for t, info := range docTypeInfo {
		if strings.EqualFold(s, info.abbr) || strings.EqualFold(s, info.vi) ||
			strings.EqualFold(s, strings.ReplaceAll(info.abbr, "Đ", "D")) {
			return DocumentType(t), nil
		}
	}
	return DocUnspecified, fmt.Errorf("plan: unknown document type %q", s)
}

// documentTypeOf reads the type from a number such as "3406/QĐ-UBND".
func documentTypeOf(number string) DocumentType {
	_, rest, ok := strings.Cut(number, "/")
	if !ok {
		return DocUnspecified
	}
	abbr, _, _ := strings.Cut(rest, "-")
	t, err := ParseDocumentType(abbr)
	if err != nil {
		return DocUnspecified
	}
	return t
}

// MarshalText encodes the type as its abbreviation.
func (t DocumentType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes an abbreviation or Vietnamese name.
func (t *DocumentType) UnmarshalText(b []byte) error {
	v, err := ParseDocumentType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// DocumentRef names another document: a legal basis (Căn cứ ...) or the
// decision that issues a plan.
type DocumentRef struct {
	Number string       // "30c/NQ-CP"; empty for a law cited by name
	Type   DocumentType // from the number when the file does not say
	Issuer string       // "Chính phủ"
	Date   calendar.Date
	Title  string
}

// String returns the reference as plans cite it:
// "Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ".
func (r DocumentRef) String() string {
	var b strings.Builder
	if vi := r.Type.Vietnamese(); vi != "" {
		b.WriteString(vi)
	}
	if r.Number != "" {
		if b.Len() > 0 {
			b.WriteString(" số ")
		}
		b.WriteString(r.Number)
	} else if r.Title != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(r.Title)
	}
	if !r.Date.IsZero() {
		b.WriteString(" ngày ")
		b.WriteString(r.Date.Format())
	}
	if r.Issuer != "" {
		b.WriteString(" của ")
		b.WriteString(r.Issuer)
	}
	return b.String()
}

// Document is the plan document itself: its number, issuer, date, signer and
// title, the documents it rests on, and who receives it.
type Document struct {
	Number      string       // "121/KH-UBND"
	Type        DocumentType // DocPlan for most plans
	Issuer      string       // "UBND tỉnh Thái Nguyên"
	Place       string       // "Thái Nguyên"
	Date        calendar.Date
	Signer      string
	SignerTitle string // "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
	Title       string
	IssuedBy    *DocumentRef  // the decision that issues the plan, if any
	LegalBases  []DocumentRef // Căn cứ ...
	Recipients  []string      // Nơi nhận
}

// clone returns a deep copy, so callers cannot change a loaded plan.
func (d Document) clone() Document {
	if d.IssuedBy != nil {
		ref := *d.IssuedBy
		d.IssuedBy = &ref
	}
	d.LegalBases = append([]DocumentRef(nil), d.LegalBases...)
	d.Recipients = append([]string(nil), d.Recipients...)
	return d
}

// PlaceAndDate returns the place and date line of the document in the
// official form: "Thái Nguyên, ngày 19 tháng 7 năm 2017".
func (d Document) PlaceAndDate() string {
	if d.Date.IsZero() {
		return d.Place
	}
	y, m, day := d.Date.Date()
	line := fmt.Sprintf("ngày %d tháng %d năm %d", day, int(m), y)
	if d.Place == "" {
		return line
	}
	return d.Place + ", " + line
}
