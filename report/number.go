package report

import (
	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/indicator"
)

// Documents write numbers in the Vietnamese way, which the indicator package
// prints: thousands grouped with a dot and the decimal comma, 1.234.567 and
// 62,5%.

// formatInt writes n with thousands grouped: "1.234", "-12.345".
func formatInt(n int64) string { return indicator.FormatVI(decimal.NewFromInt(n), "") }

// formatDecimal writes d with places decimal places: "1.234,5".
func formatDecimal(d decimal.Decimal, places int32) string {
	return indicator.FormatPlaces(d, places, "", indicator.Vietnamese)
}

// formatPercent writes a percentage rounded to one decimal place, without a
// trailing ",0": "62,5%", "100%".
func formatPercent(p decimal.Decimal) string { return indicator.FormatVI(p.Round(1), "%") }
