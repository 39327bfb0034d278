package ical

import (
	"strconv"
	"strings"
)

// Freq is the FREQ of a recurrence rule. The zero Freq means no rule.
type Freq uint8

// The frequencies calendar applications agree on; RFC 5545 also has
// SECONDLY, MINUTELY and HOURLY, which plans never need.
const (
	Daily Freq = iota + 1
	Weekly
	Monthly
	Yearly
)

var freqNames = [...]string{"", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"}

// Status is the STATUS of a component. The zero Status writes no STATUS.
type Status uint8

// NeedsAction, Completed and InProcess are for to-dos; Tentative and
// Confirmed for events; Cancelled for both.
const (
	NeedsAction Status = iota + 1
	Completed
	InProcess
	Cancelled
	Tentative
	Confirmed
)

var statusNames = [...]string{"", "NEEDS-ACTION", "COMPLETED", "IN-PROCESS", "CANCELLED", "TENTATIVE", "CONFIRMED"}

// String returns the RFC 5545 name ("WEEKLY"), "" for the zero Freq, or
// "Freq(9)" for a value out of range.
func (f Freq) String() string { return enumString(freqNames[:], int(f), "Freq") }

// String returns the RFC 5545 name ("NEEDS-ACTION"), "" for the zero Status,
// or "Status(9)" for a value out of range.
func (s Status) String() string { return enumString(statusNames[:], int(s), "Status") }

// ParseFreq reads an RFC 5545 frequency name, in any case.
func ParseFreq(s string) (Freq, error) {
	i, err := enumParse(freqNames[:], s, "FREQ")
	return Freq(i), err
}

// ParseStatus reads an RFC 5545 status name, in any case.
func ParseStatus(s string) (Status, error) {
	i, err := enumParse(statusNames[:], s, "STATUS")
	return Status(i), err
}

// MarshalText returns the name String gives; a value out of range is an error.
func (f Freq) MarshalText() ([]byte, error) { return enumMarshal(freqNames[:], int(f), "FREQ") }

// MarshalText returns the name String gives; a value out of range is an error.
func (s Status) MarshalText() ([]byte, error) {
	return enumMarshal(statusNames[:], int(s), "STATUS")
}

// UnmarshalText reads a name as ParseFreq does; empty text is the zero Freq.
func (f *Freq) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(freqNames[:], b, "FREQ")
	if err == nil {
		*f = Freq(i)
	}
	return err
}

// UnmarshalText reads a name as ParseStatus does; empty text is the zero
// Status.
func (s *Status) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(statusNames[:], b, "STATUS")
	if err == nil {
		*s = Status(i)
	}
	return err
}

func enumString(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

func enumParse(names []string, s, prop string) (int, error) {
	for i, n := range names {
		if n != "" && strings.EqualFold(n, s) {
			return i, nil
		}
	}
	return 0, &Error{Property: prop, Value: s, Reason: "unknown name"}
}

func enumMarshal(names []string, i int, prop string) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, &Error{Property: prop, Value: strconv.Itoa(i), Reason: "value out of range"}
	}
	return []byte(names[i]), nil
}

func enumUnmarshal(names []string, b []byte, prop string) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return enumParse(names, string(b), prop)
}
