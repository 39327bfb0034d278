// Package indicator reads the measurable targets of reform plans, evaluates
// what portals observe against them, aggregates observations across reporting
// units, and scores provinces on the PAR INDEX (Chỉ số cải cách hành chính).
//
// A Target is read from the phrase a plan writes: "Trên 60% người dân hài
// lòng", "ít nhất 03 huyện", "tăng từ 30% trở lên so với năm trước", "mức độ
// 3", "nhóm C trở lên". It keeps the measure (percentage, count, amount,
// growth against a baseline, level, rank group, yes/no), the comparison, the
// value as a decimal, the subject text and the source text. Met decides a
// value; Evaluate decides an Observation and says how far along the target
// is at an interim date.
//
// Percentages are observed as a numerator and a denominator (dossiers
// resolved on time out of dossiers resolved) and aggregate as Σnumerator /
// Σdenominator, never as a mean of percentages. Aggregation is associative:
// partial results from districts or batches merge in any order.
//
// The PAR INDEX methodologies are data: a tree of areas, criteria and
// sub-criteria with maximum points, loaded from JSON. The 2017 methodology
// (QĐ 2948/QĐ-BNV) is built in; later ones (QĐ 1149/QĐ-BNV 2020, QĐ
// 876/QĐ-BNV 2022) load from the same format with LoadMethodology.
//
// Numbers read and print in Vietnamese style ("62,5%", "1.234") or plain
// style ("62.5%", "1234"), chosen with Style. Values use
// github.com/shopspring/decimal; the package never sets decimal's
// package-level variables and never depends on them when printing.
package indicator
