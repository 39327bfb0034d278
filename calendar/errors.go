package calendar

import (
	"errors"
	"fmt"
)

// ParseError reports text that could not be read as a date, period, deadline
// or schedule. Input is the text exactly as given.
type ParseError struct {
	What   string // "date", "period", "deadline", "schedule"
	Input  string
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("calendar: cannot parse %s %q: %s", e.What, e.Input, e.Reason)
}

// ErrOutOfRange is wrapped by errors for dates and years outside the range a
// computation supports (the lunar calendar covers MinLunarYear to
// MaxLunarYear).
var ErrOutOfRange = errors.New("out of supported range")

// RangeError reports a year outside the supported range of a computation.
type RangeError struct {
	What     string // what was asked: "lunar date", "Tết", "holidays"
	Year     int
	Min, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("calendar: %s for year %d: outside %d-%d", e.What, e.Year, e.Min, e.Max)
}

// Unwrap lets errors.Is(err, ErrOutOfRange) match.
func (e *RangeError) Unwrap() error { return ErrOutOfRange }
