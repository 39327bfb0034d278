// Package task holds one task of a reform plan: its number as the document
// writes it, title, lead and partner agencies, deadline and targets, and a
// stable ID that survives a re-issued file.
//
// A Task is a value. It is built once, when a plan is loaded, and its
// accessors return copies, so a caller cannot change a loaded plan through it.
package task
