package indicator

type Target struct{ text string }

func ParseTarget(s string) (Target, error) { return Target{text: s}, nil }
func (t Target) Text() string              { return t.text }
func (t Target) String() string            { return t.text }
