package ical

import (
	"strconv"

	"github.com/google/uuid"
)

// namespace is the UUID v5 namespace of every UID the module writes: the
// name-based UUID of "https://github.com/openpar/cchc/internal/ical" in the
// URL namespace. Changing it, or how UID encodes its parts, changes every
// UID, and applications would then duplicate each event on the next import.
var namespace = uuid.MustParse("05300f78-7f5e-500a-be06-6f28147adde9")

// UID returns a stable UID for the component identified by parts, for
// example a plan's identifier, a task number and an agency: a UUID version 5
// such as "0f8e6a3c-...", the same for the same parts on every run, so that a
// re-exported calendar updates the events an application already holds
// instead of adding them again. It is a bare UUID, without "@domain", as RFC
// 7986 §5.3 recommends.
//
// Parts are encoded with their lengths, so ("ab", "c") and ("a", "bc") give
// different UIDs.
func UID(parts ...string) string {
	var name []byte
	for _, p := range parts {
		name = strconv.AppendInt(name, int64(len(p)), 10)
		name = append(name, ':')
		name = append(name, p...)
	}
	return uuid.NewSHA1(namespace, name).String()
}
