package agency

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/openpar/cchc/calendar"
)

// Duty names a part of an agency's duties that can move on its own, as a code
// word ("procedure-control"). The empty Duty stands for all the duties an
// agency still holds.
type Duty string

// The duties the built-in catalogue moves between agencies.
const (
	DutyProcedureControl   Duty = "procedure-control"   // kiểm soát thủ tục hành chính
	DutySocialProtection   Duty = "social-protection"   // bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội
	DutyVocationalTraining Duty = "vocational-training" // giáo dục nghề nghiệp
	DutyReligion           Duty = "religion"            // tín ngưỡng, tôn giáo
	DutyPressPublishing    Duty = "press-publishing"    // báo chí, phát thanh, truyền hình, xuất bản
)

// Transfer moves an agency's duties to another on a day: a merger or a
// rename when Duty is empty (the whole agency), a reassignment of one duty
// otherwise (kiểm soát TTHC from the Sở Tư pháp to the Văn phòng UBND).
type Transfer struct {
	From ID            `json:"from"`
	To   ID            `json:"to"`
	On   calendar.Date `json:"on"` // the first day To holds the duties
	Duty Duty          `json:"duty,omitempty"`
	// Basis is the legal act that made the change ("Nghị định 45/2025/NĐ-CP").
	Basis string `json:"basis,omitempty"`
}

// Catalogue is data a Registry is built from: agencies, transfers of duties
// between them, and the Vietnamese descriptions of the duties. Its JSON form
// is the one of the files in data/ (format "cchc-agencies", version 1).
type Catalogue struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Name identifies the data in error messages ("catalogue 2025.1", a
	// file name).
	Name string `json:"catalogue,omitempty"`
	// Province is the province whose local agencies and hierarchy the
	// catalogue holds; "" for generic data. Agencies without a Province of
	// their own take this one.
	Province  string          `json:"province,omitempty"`
	Comment   string          `json:"comment,omitempty"`
	Duties    map[Duty]string `json:"duties,omitempty"`
	Agencies  []Agency        `json:"agencies"`
	Transfers []Transfer      `json:"transfers,omitempty"`
}

const (
	catalogueFormat  = "cchc-agencies"
	catalogueVersion = 1
)

// ReadCatalogue decodes a catalogue in its JSON form. Unknown fields are
// errors, so a misspelt field name is not silently ignored.
func ReadCatalogue(r io.Reader) (Catalogue, error) {
	var c Catalogue
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Catalogue{}, fmt.Errorf("agency: reading catalogue: %w", err)
	}
	if c.Format != catalogueFormat || c.Version != catalogueVersion {
		return Catalogue{}, fmt.Errorf("agency: reading catalogue %q: format %q version %d, want %q version %d",
			c.Name, c.Format, c.Version, catalogueFormat, catalogueVersion)
	}
	return c, nil
}

//go:embed data/catalogue.json data/provinces/*.json
var dataFS embed.FS

// Builtin returns the generic catalogue shipped with the package: the
// province's people's committee, council and Party committee, the standard
// departments before and after 1 March 2025 with the transfers between them,
// the usual sector agencies, central branches, mass organisations and press,
// and the central bodies the plans report to. The value is a fresh copy: add
// to it or change it to build a registry of your own.
func Builtin() Catalogue { return mustRead("data/catalogue.json") }

// SeedProvinces lists the provinces whose local data ships with the package:
// those of the seed plans.
func SeedProvinces() []string {
	var names []string
	for _, f := range provinceFiles() {
		names = append(names, mustRead(f).Province)
	}
	return names
}

// SeedProvince returns the shipped local data of a province of the seed plans
// (Thái Nguyên, Bình Phước, Bắc Kạn, Lạng Sơn): its newspaper, its districts,
// cities and towns with the dates they existed, and other local bodies the
// plans name. The name is matched on its folded key ("thai nguyen" works);
// any other name is a *ValueError.
func SeedProvince(name string) (Catalogue, error) {
	k := Key(name)
	for _, f := range provinceFiles() {
		c := mustRead(f)
		if Key(c.Province) == k || plainKey(c.Province) == plainKey(name) {
			return c, nil
		}
	}
	return Catalogue{}, &ValueError{What: "province", Input: name}
}

func provinceFiles() []string {
	files, err := fs.Glob(dataFS, "data/provinces/*.json")
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	slices.Sort(files)
	return files
}

// mustRead decodes an embedded file. The files are part of the package and
// tested; a broken one is a build defect, not a user error.
func mustRead(name string) Catalogue {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	c, err := ReadCatalogue(strings.NewReader(string(b)))
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	if c.Name == "" || c.Province != "" {
		c.Name = strings.TrimPrefix(name, "data/")
	}
	return c
}
