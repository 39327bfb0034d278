package main

import (
	"bytes"
	"strings"
	"testing"
)

// The tour is the first thing a newcomer runs: it must run through on every
// example plan and say what it promises.
func TestTourRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, ""); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2030  02/02/2030", "Sở Khoa học và Công nghệ", "121/KH-UBND", "numbering-gap", "PAR INDEX 2017", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the tour does not show %q", want)
		}
	}
	for _, name := range planNames() {
		if err := run(&bytes.Buffer{}, name); err != nil {
			t.Errorf("-plan %s: %v", name, err)
		}
	}
}
