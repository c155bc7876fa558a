// Package hostiletest holds the all-views hostile-text test: profiles whose
// every field is a string of the hostile corpus (internal/hostile), drawn
// through every screen of the UI at several sizes, and the output checked
// with an ANSI parser against what a benign twin of the same profiles
// draws. It has no code but its tests.
package hostiletest
