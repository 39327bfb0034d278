package ical_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openpar/cchc/internal/ical"
)

// checkFolded fails unless folded is line folded as RFC 5545 §3.1 says: every
// physical line at most 75 octets, continuation lines start with one space,
// no UTF-8 character split, no line shorter than it needs to be, and
// unfolding gives line back.
func checkFolded(t *testing.T, line, folded string) {
	t.Helper()
	parts := strings.Split(folded, "\r\n")
	for i, p := range parts {
		if len(p) > 75 {
			t.Errorf("line %d has %d octets: %q", i, len(p), p)
		}
		if i > 0 && !strings.HasPrefix(p, " ") {
			t.Errorf("continuation line %d does not start with a space: %q", i, p)
		}
		if utf8.ValidString(line) && !utf8.ValidString(p) {
			t.Errorf("line %d splits a UTF-8 character: %q", i, p)
		}
		if i+1 < len(parts) && utf8.ValidString(line) {
			// The character that starts the next line did not fit.
			r, size := utf8.DecodeRuneInString(parts[i+1][1:])
			if len(p)+size <= 75 {
				t.Errorf("line %d folded early: %q could take %q", i, p, r)
			}
		}
	}
	if got := ical.Unfold(folded); got != line {
		t.Errorf("Unfold(Fold(%q)) = %q", line, got)
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"", ""},
		{"SUMMARY:Báo cáo quý", "SUMMARY:Báo cáo quý"},
		// 75 octets stay on one line; the 76th moves to a continuation line.
		{strings.Repeat("a", 75), strings.Repeat("a", 75)},
		{strings.Repeat("a", 76), strings.Repeat("a", 75) + "\r\n a"},
		// A continuation line holds the space and 74 octets.
		{strings.Repeat("a", 75+74), strings.Repeat("a", 75) + "\r\n " + strings.Repeat("a", 74)},
		{strings.Repeat("a", 75+75), strings.Repeat("a", 75) + "\r\n " + strings.Repeat("a", 74) + "\r\n a"},
		// "ở" is three octets, 74 to 76: it moves whole to the next line.
		{strings.Repeat("a", 74) + "ở", strings.Repeat("a", 74) + "\r\n ở"},
		// "ở" in octets 72 to 74 fits exactly.
		{strings.Repeat("a", 72) + "ởb", strings.Repeat("a", 72) + "ở\r\n b"},
		{
			`SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính\, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền của UBND tỉnh`,
			"SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính\\, đ\r\n ề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quy\r\n ền của UBND tỉnh",
		},
		// Four-octet characters (outside the Basic Multilingual Plane).
		{strings.Repeat("a", 73) + "𠀀𠀀", strings.Repeat("a", 73) + "\r\n 𠀀𠀀"},
	}
	for _, tt := range tests {
		got := ical.Fold(tt.line)
		if got != tt.want {
			t.Errorf("Fold(%q)\n got %q\nwant %q", tt.line, got, tt.want)
		}
		checkFolded(t, tt.line, got)
	}
}

func TestUnfold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SUMMARY:Sở Tư\r\n  pháp\r\n", "SUMMARY:Sở Tư pháp\r\n"},
		{"DESCRIPTION:Rà\r\n\t soát\r\nUID:1\r\n", "DESCRIPTION:Rà soát\r\nUID:1\r\n"},
		{"A:1\r\nB:2", "A:1\r\nB:2"},
		{"A:1\r\n", "A:1\r\n"},
	}
	for _, tt := range tests {
		if got := ical.Unfold(tt.in); got != tt.want {
			t.Errorf("Unfold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Báo cáo công tác CCHC quý I", "Báo cáo công tác CCHC quý I"},
		{"Sở Nội vụ, Sở Tư pháp; UBND cấp huyện", `Sở Nội vụ\, Sở Tư pháp\; UBND cấp huyện`},
		{`Mẫu số 01\BC`, `Mẫu số 01\\BC`},
		{"Dòng 1\nDòng 2\r\nDòng 3\rDòng 4", `Dòng 1\nDòng 2\nDòng 3\nDòng 4`},
		{"Hạn: 10:00 thứ Sáu", "Hạn: 10:00 thứ Sáu"}, // colons need no escape
		{"", ""},
	}
	for _, tt := range tests {
		if got := ical.EscapeText(tt.in); got != tt.want {
			t.Errorf("EscapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("SUMMARY:Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền của UBND tỉnh")
	f.Add(strings.Repeat("ở", 60))
	f.Add(strings.Repeat("a", 74) + "𠀀")
	f.Add("\xe1\xbb" + strings.Repeat("\x9f", 100))
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\r\n") {
			t.Skip("a content line holds no line break")
		}
		checkFolded(t, line, ical.Fold(line))
	})
}

func BenchmarkFold(b *testing.B) {
	line := "DESCRIPTION:" + strings.Repeat("Sở Tư pháp chủ trì rà soát thủ tục hành chính. ", 8)
	b.ReportAllocs()
	for b.Loop() {
		ical.Fold(line)
	}
}

func BenchmarkEscapeText(b *testing.B) {
	s := "Sở Nội vụ, Sở Tư pháp; UBND cấp huyện\nBáo cáo trước ngày 5/3"
	b.ReportAllocs()
	for b.Loop() {
		ical.EscapeText(s)
	}
}
