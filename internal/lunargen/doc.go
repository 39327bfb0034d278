// Command lunargen writes calendar/lunar_table.go: for each lunar year of a
// range, the day of Tết, the leap month and the length of every month, as
// package astro computes them for Vietnam (UTC+7). It runs from a
// //go:generate line in calendar/lunar.go:
//
//	go run ../internal/lunargen -from 1800 -to 2199 -o lunar_table.go
package main
