package report

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Vietnamese documents group thousands with a dot and write the decimal comma:
// 1.234.567 and 62,5%.

// formatInt writes n with thousands grouped: "1.234", "-12.345".
func formatInt(n int64) string {
	return groupDigits(strconv.FormatInt(n, 10))
}

// formatDecimal writes d in the Vietnamese way with places decimal places:
// "1.234,5".
func formatDecimal(d decimal.Decimal, places int32) string {
	whole, frac, hasFrac := strings.Cut(d.StringFixed(places), ".")
	if !hasFrac {
		return groupDigits(whole)
	}
	return groupDigits(whole) + "," + frac
}

// formatPercent writes a percentage rounded to one decimal place, without a
// trailing ",0": "62,5%", "100%".
func formatPercent(p decimal.Decimal) string {
	whole, frac, _ := strings.Cut(p.StringFixed(1), ".")
	if frac == "0" {
		return groupDigits(whole) + "%"
	}
	return groupDigits(whole) + "," + frac + "%"
}

// groupDigits puts a dot between groups of three digits of an integer
// written in ASCII, keeping a leading minus sign.
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + len(s)/3)
	b.WriteString(sign)
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		b.WriteByte('.')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
