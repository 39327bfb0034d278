package spreadsheet_test

import (
	"testing"

	"github.com/openpar/cchc/internal/spreadsheet"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rà soát văn bản", "Rà soát văn bản"},
		{"", ""},
		{"- Tổ chức tập huấn", "'- Tổ chức tập huấn"},
		{`=HYPERLINK("http://x")`, `'=HYPERLINK("http://x")`},
		{"+84 912 345 678", "'+84 912 345 678"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"-5", "-5"},
		{"-12.5", "-12.5"},
		{"-Inf", "'-Inf"},
		{"-0x1p2", "'-0x1p2"},
		{"-", "'-"},
		{"-5.", "'-5."},
		{"'quoted'", "'quoted'"},
		{"'=x", "''=x"},
		{"''-", "'''-"},
	}
	for _, tt := range tests {
		got := spreadsheet.Text(tt.in)
		if got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := spreadsheet.Untext(got); back != tt.in {
			t.Errorf("Untext(%q) = %q, want %q", got, back, tt.in)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"=1+2", "-5", "'=x", "''=x", "Sở Nội vụ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if back := spreadsheet.Untext(spreadsheet.Text(s)); back != s {
			t.Fatalf("Untext(Text(%q)) = %q", s, back)
		}
	})
}
