package agency

import (
	"fmt"
	"slices"

	"github.com/openpar/cchc/calendar"
)

// Successor returns the agency that holds id's duties on day on, following
// mergers and renames in order: the Sở Thông tin và Truyền thông gives the
// Sở Khoa học và Công nghệ from 1 March 2025, and itself before. An agency
// with no transfer on record before that day is its own successor. It is a
// *SuccessionError to ask about a day before id existed, or after it ended
// with no successor on record, and an *IDError to ask about an unknown ID.
func (r *Registry) Successor(id ID, on calendar.Date) (ID, error) {
	return r.Holder(id, "", on)
}

// Holder returns the agency that holds one duty of id on day on. A duty moves
// with a transfer of that duty (kiểm soát TTHC from the Sở Tư pháp to the
// Văn phòng UBND on 25 September 2017) or with a transfer of the whole agency
// (a merger), whichever comes first; from its new holder it moves on only by
// transfers made after it arrived. The empty duty asks for the main
// successor, as Successor does.
func (r *Registry) Holder(id ID, duty Duty, on calendar.Date) (ID, error) {
	at, ok := r.index[id]
	if !ok {
		return "", &IDError{ID: string(id), Reason: "unknown"}
	}
	if on.IsZero() {
		return "", &SuccessionError{ID: id, On: on, Reason: "no day given"}
	}
	if a := r.agencies[at]; !a.From.IsZero() && on.Before(a.From) {
		return "", &SuccessionError{ID: id, On: on, Reason: fmt.Sprintf("it did not exist until %s", a.From)}
	}
	cur, since := id, calendar.Date{}
	// Transfers cannot cycle (New removes cycles), so a chain visits each
	// agency at most once.
	for range len(r.agencies) {
		t, ok := r.firstTransfer(cur, duty, since, on)
		if !ok {
			break
		}
		cur, since = t.To, t.On
	}
	if a := r.agencies[r.index[cur]]; !a.ValidOn(on) {
		return "", &SuccessionError{ID: id, On: on,
			Reason: fmt.Sprintf("%s ended on %s with no successor on record", cur, a.Until)}
	}
	return cur, nil
}

// firstTransfer finds the earliest transfer from id, made in [since, on],
// that carries duty. On a day with both a transfer of that very duty and one
// of the whole agency, the specific one wins.
func (r *Registry) firstTransfer(id ID, duty Duty, since, on calendar.Date) (Transfer, bool) {
	var best Transfer
	found := false
	for _, t := range r.transfers[id] { // oldest first
		if t.On.Before(since) || t.On.After(on) {
			continue
		}
		if t.Duty != "" && t.Duty != duty {
			continue
		}
		if found && t.On.After(best.On) {
			break
		}
		if !found || (t.Duty != "" && best.Duty == "") {
			best, found = t, true
		}
	}
	return best, found
}

// Heir is the holder of one part of an agency's duties.
type Heir struct {
	Duty Duty // "" for the main successor
	ID   ID
}

// Heirs returns who holds each part of id's duties on day on: the main
// successor first, then the holder of each duty that a transfer from id
// names, in the order of those transfers. For the Sở Lao động - Thương binh
// và Xã hội on 1 August 2025 that is the Sở Nội vụ, then the Sở Y tế for
// social protection and the Sở Giáo dục và Đào tạo for vocational training.
func (r *Registry) Heirs(id ID, on calendar.Date) ([]Heir, error) {
	main, err := r.Successor(id, on)
	if err != nil {
		return nil, err
	}
	heirs := []Heir{{ID: main}}
	var duties []Duty
	for _, t := range r.transfers[id] {
		if t.Duty != "" && !slices.Contains(duties, t.Duty) {
			duties = append(duties, t.Duty)
		}
	}
	for _, d := range duties {
		h, err := r.Holder(id, d, on)
		if err != nil {
			return nil, err
		}
		heirs = append(heirs, Heir{Duty: d, ID: h})
	}
	return heirs, nil
}
