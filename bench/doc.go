// Package bench measures the library side by side with what its users would
// pick instead: github.com/rickar/cal/v2 for working-day arithmetic. It is a
// module of its own so that the library's go.mod keeps its four
// dependencies; the comparisons that need the library's internal code (the
// astronomical lunar computation) stay in the library's own benchmarks, and
// the script run gathers both into one table of ratios.
package bench
