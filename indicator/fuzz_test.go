package indicator_test

import (
	"testing"

	"github.com/openpar/cchc/indicator"
)

// FuzzParseTarget checks that ParseTarget never panics and that the
// canonical phrase of every target it reads reads back to an equal target
// and prints the same again.
func FuzzParseTarget(f *testing.F) {
	for _, tc := range phraseCases {
		f.Add(tc.in)
	}
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	for _, s := range []string{"", "có", "không dưới", "1.2.3%", "60-80%", "từ 80% đến 60%", "giảm dưới 5%", "nhóm Z trở xuống", "tăng so với cùng kỳ năm 2016", "ít nhất 3,5 huyện", "9001:2015", "7. trên 6 nội dung"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		target, err := indicator.ParseTarget(s)
		if err != nil {
			return
		}
		phrase := target.String()
		again, err := indicator.ParseTarget(phrase)
		if err != nil {
			t.Fatalf("ParseTarget(%q) = %q, which does not parse: %v", s, phrase, err)
		}
		if !again.Equal(target) {
			t.Fatalf("ParseTarget(%q) = %q %+v\nreads back as %q %+v", s, phrase, describe(target), again.String(), describe(again))
		}
		if again.String() != phrase {
			t.Fatalf("%q prints as %q the second time", phrase, again.String())
		}
		if _, err := indicator.ParseTarget(target.Format(indicator.StylePlain)); err != nil {
			t.Fatalf("plain form %q of %q does not parse: %v", target.Format(indicator.StylePlain), s, err)
		}
	})
}
