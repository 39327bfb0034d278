// Package astro computes the Vietnamese lunar calendar from the sky, with Hồ
// Ngọc Đức's algorithm: new moons and the sun's longitude after Jean Meeus,
// "Astronomical Algorithms" (1998), days counted from local midnight in a
// given time zone (UTC+7 for Vietnam), the month that contains the winter
// solstice numbered 11, and in a year of 13 months the first month without a
// major solar term made the leap month.
//
// It is slow by design, a few microseconds a day. Package calendar never
// calls it: internal/lunargen runs it once to write calendar's compact lunar
// table, and the tests use it as the oracle that table must agree with.
//
// It must not import calendar, so that the generator still builds when the
// generated table is missing or stale.
package astro
