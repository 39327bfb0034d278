package vntext_test

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/openpar/cchc/internal/vntext"
)

func TestFoldTonePlacement(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"hòa", "hòa"},
		{"thuỷ", "thủy"},
		{"uỷ", "ủy"},
		{"Uỷ ban", "ủy ban"},
		{"khoẻ", "khỏe"},
		{"Văn hoá", "văn hóa"},
		{"Hoà Bình", "hòa bình"},
		{"quý", "quý"}, // u belongs to the onset qu
		{"qúy", "quý"}, // a misplaced tone moves off the onset
		{"gìn giữ", "gìn giữ"},
		{"giá", "giá"},
		{"người", "người"}, // tone on ơ of ươ
		{"ngươì", "người"},
		{"hoàn", "hoàn"}, // closed syllable: last vowel
		{"hòan", "hoàn"},
		{"ngoài", "ngoài"}, // three vowels: middle
		{"ngòai", "ngoài"},
		{"tuổi", "tuổi"},
		{"của", "của"},
		{"quyết", "quyết"},
		{"khuỷu", "khuỷu"},
		{"Sở Nội Vụ", "sở nội vụ"},
		{"  Sở   Nội\tvụ \n", "sở nội vụ"},
		{"KH&ĐT", "kh&đt"},
		{"Đài PT - TH", "đài pt - th"},
		{"ISO 9001:2015", "iso 9001:2015"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := vntext.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldEquivalences(t *testing.T) {
	pairs := [][2]string{
		{"hoà", "hòa"},
		{"thuỷ", "thủy"},
		{"uỷ", "ủy"},
		{"khoẻ", "khỏe"},
		{"Ủy ban nhân dân", "UỶ BAN NHÂN DÂN"},
		{"Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH"},
	}
	for _, p := range pairs {
		if a, b := vntext.Fold(p[0]), vntext.Fold(p[1]); a != b {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
}

func TestFoldNFDEqualsNFC(t *testing.T) {
	for _, s := range []string{"Sở Nội vụ", "Ủy ban nhân dân tỉnh Thái Nguyên", "Đài Phát thanh - Truyền hình", "thuỷ lợi", "Trường Cao đẳng"} {
		nfd := norm.NFD.String(s)
		if nfd == s {
			t.Fatalf("test input %q has no decomposition", s)
		}
		if a, b := vntext.Fold(s), vntext.Fold(nfd); a != b {
			t.Errorf("Fold(NFC %q) = %q, Fold(NFD) = %q", s, a, b)
		}
		if a, b := vntext.Plain(s), vntext.Plain(nfd); a != b {
			t.Errorf("Plain(NFC %q) = %q, Plain(NFD) = %q", s, a, b)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"KH&ĐT", "kh đt"},
		{"KH - ĐT", "kh đt"},
		{"Sở Lao động - Thương binh và Xã hội", "sở lao động thương binh và xã hội"},
		{"Văn phòng UBND tỉnh.", "văn phòng ubnd tỉnh"},
		{"(chủ trì)", "chủ trì"},
		{"TT&TT", "tt tt"},
	}
	for _, tt := range tests {
		if got := vntext.Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !vntext.IsKey(tt.want) {
			t.Errorf("IsKey(%q) = false", tt.want)
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sở Nội vụ", "So Noi vu"},
		{"Đài Phát thanh", "Dai Phat thanh"},
		{"đường", "duong"},
		{"ĂÂÊÔƠƯĐ ăâêôơưđ", "AAEOOUD aaeooud"},
		{"Kỹ thuật", "Ky thuat"},
		{"ascii only", "ascii only"},
		{"café", "cafe"},
	}
	for _, tt := range tests {
		if got := vntext.Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every precomposed Vietnamese vowel, in either case and in either normal
// form, loses all its marks in Plain and folds to one lower-case rune.
func TestEveryVowel(t *testing.T) {
	rows := []string{"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"}
	base := "aaaeeiooouuy"
	for i, row := range rows {
		for _, r := range row {
			for _, s := range []string{string(r), norm.NFD.String(string(r))} {
				if got := vntext.Plain(s); got != base[i:i+1] {
					t.Errorf("Plain(%q) = %q, want %q", s, got, base[i:i+1])
				}
				if got := vntext.Fold(s); utf8.RuneCountInString(got) != 1 {
					t.Errorf("Fold(%q) = %q: want one rune", s, got)
				}
			}
		}
	}
}

func TestFoldIdempotent(t *testing.T) {
	for _, s := range []string{"Sở Nội Vụ", "hoà", "KH&ĐT", "Các Sở: Nội vụ, Tư pháp", "  a  b  ", "ＡＢＣ", "x\u0301y"} {
		f := vntext.Fold(s)
		if g := vntext.Fold(f); g != f {
			t.Errorf("Fold(Fold(%q)) = %q, want %q", s, g, f)
		}
		k := vntext.Key(s)
		if g := vntext.Key(k); g != k {
			t.Errorf("Key(Key(%q)) = %q, want %q", s, g, k)
		}
	}
}

func TestFoldedKeyAllocatesNothing(t *testing.T) {
	key := vntext.Key("Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên")
	allocs := testing.AllocsPerRun(100, func() {
		if vntext.Key(key) != key || vntext.Fold(key) != key {
			t.Fatal("folded key changed")
		}
	})
	if allocs != 0 {
		t.Errorf("Key on a folded key allocates %v times, want 0", allocs)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"nội vụ", "nôi vụ", 1},
		{"tư pháp", "tư pháp", 0},
		{"trung tâm thông tin", "tt tâm thông tin", 4},
		{"đ", "d", 1},
	}
	for _, tt := range tests {
		if got := vntext.Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := vntext.Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (symmetry)", tt.b, tt.a, got, tt.want)
		}
	}
	long := string(make([]byte, 100))
	if got := vntext.Distance(long, long[:10]); got != 90 {
		t.Errorf("Distance of long strings = %d, want 90", got)
	}
}

func TestCollatorVietnameseOrder(t *testing.T) {
	list := []string{"Đồng Hỷ", "Định Hóa", "Đại Từ", "Dân tộc", "Ăn", "Âm", "An", "Yên", "Ý", "Phú Lương", "Phổ Yên", "Phú Bình"}
	c := vntext.NewCollator()
	c.SortStrings(list)
	want := []string{"An", "Ăn", "Âm", "Dân tộc", "Đại Từ", "Định Hóa", "Đồng Hỷ", "Phổ Yên", "Phú Bình", "Phú Lương", "Ý", "Yên"}
	for i := range want {
		if list[i] != want[i] {
			t.Fatalf("sorted = %q, want %q", list, want)
		}
	}
	if c.Compare("d", "đ") >= 0 {
		t.Error("d should sort before đ")
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Sở Nội Vụ", "hoà", "thuỷ", "KH&ĐT", "ngươì", "Ủy ban", "\xff", "a\u0301\u0323", "000000000000000000000000000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := vntext.Fold(s)
		if vntext.Fold(fs) != fs {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, fs, vntext.Fold(fs))
		}
		k := vntext.Key(s)
		if vntext.Key(k) != k || !vntext.IsKey(k) {
			t.Errorf("Key not idempotent on %q: %q", s, k)
		}
		if vntext.Key(fs) != k {
			t.Errorf("Key(Fold(%q)) = %q, Key = %q", s, vntext.Key(fs), k)
		}
		_ = vntext.Plain(s)
		_ = vntext.Distance(s, fs)
	})
}

func BenchmarkKeyFolded(b *testing.B) {
	key := vntext.Key("Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên")
	b.ReportAllocs()
	for b.Loop() {
		_ = vntext.Key(key)
	}
}

func BenchmarkKeyUnfolded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = vntext.Key("Sở Kế Hoạch và Đầu Tư tỉnh Thái Nguyên")
	}
}

func BenchmarkDistance(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = vntext.Distance("trung tâm thông tin", "tt tâm thông tin")
	}
}
