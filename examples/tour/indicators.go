package main

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/indicator"
)

// showIndicators evaluates the objectives of Bắc Kạn 2011-2015 against
// invented but plausible figures for 2015, and scores a made-up province
// with the PAR INDEX of 2017.
func showIndicators(w io.Writer, _ string) error {
	p, err := examples.BacKan2011()
	if err != nil {
		return err
	}
	period := p.Period()
	// Invented figures, one fraction per target, in the order they appear.
	figures := [][2]int64{{1312, 2000}, {1250, 2000}, {21, 45}, {402, 580}, {1187, 1230}, {1205, 2000}, {38, 40}}
	fmt.Fprintf(w, "The objectives of Bắc Kạn (%s) against invented figures for the end of 2015:\n", period)
	k := 0
	for _, o := range p.Objectives() {
		for _, t := range o.Targets {
			if k == len(figures) {
				break
			}
			f := figures[k]
			k++
			e := indicator.Evaluate(t.WithPeriod(period), indicator.Fraction("Bắc Kạn", period, f[0], f[1]))
			fmt.Fprintf(w, "  objective %-2s %-16q %5d/%-5d %-8s %s\n", o.Number, t.Text(), f[0], f[1],
				indicator.FormatVI(e.Actual, "%"), e.Status)
		}
	}
	midway := calendar.NewDate(2013, 6, 30)
	t, _ := indicator.ParseTarget("60% trở lên")
	e := indicator.EvaluateAt(t.WithPeriod(period), indicator.Fraction("Bắc Kạn", period, 830, 2000), midway)
	fmt.Fprintf(w, "  at %s, 41,5%% satisfied against a target of 60%%: %s (%s of the change done, half the period gone)\n",
		midway.Format(), e.Status, indicator.FormatVI(e.Progress.Mul(decimal.NewFromInt(100)), "%"))

	m := indicator.Methodology2017()
	points := map[string]decimal.Decimal{}
	for i, v := range []string{"8.5", "8.75", "11.2", "9", "12.4", "6", "11.8", "12.1"} {
		points[fmt.Sprint(i+1)] = decimal.RequireFromString(v)
	}
	card, err := m.Score("Tỉnh Mẫu (a made-up province)", points)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nPAR INDEX %d (QĐ %s) of %s: %s\n", m.Year, m.Decision, card.Province, indicator.FormatVI(card.Total, "%"))
	for _, a := range card.Areas {
		fmt.Fprintf(w, "  %s %-6s of %-5s %-7s %s\n", a.Code, indicator.FormatVI(a.Points, ""), indicator.FormatVI(a.Max, ""),
			indicator.FormatVI(a.Percent, "%"), a.Name)
	}
	return nil
}
