package search

import (
	"unicode"
	"unicode/utf8"
)

// sahilm/fuzzy compares runes with a copy of strings.EqualFold's rune test:
// two runes match when they are in the same simple case-folding orbit
// (unicode.SimpleFold). Everything here is derived from that orbit, so the
// shortcuts taken by the index can never disagree with it.

// foldKey is the smallest rune of r's case-folding orbit: two runes match in
// sahilm/fuzzy exactly when their foldKeys are equal.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

// asciiFold is the lowercase ASCII byte that r matches, when r's orbit holds
// one ('K', 'k' and the Kelvin sign all give 'k'); ok is false otherwise.
func asciiFold(r rune) (b byte, ok bool) {
	k := foldKey(r)
	if k >= utf8.RuneSelf || k < 0 {
		return 0, false
	}
	b = byte(k)
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	return b, true
}

// The character-set mask of a text has one bit per class of orbits: one bit
// for each letter and digit, twelve bits shared by the other ASCII
// characters and sixteen shared by every other orbit. A text can only match
// a query whose mask bits it all has.
const (
	maskDigits = 26 // first bit of '0'–'9'
	maskASCII  = 36 // first of the bits shared by other ASCII characters
	maskOther  = 48 // first of the bits shared by non-ASCII orbits
)

// asciiBit is the mask bit of each lowercase ASCII byte.
var asciiBit = func() (t [128]uint64) {
	for c := range 128 {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = 1 << (c - 'a')
		case '0' <= c && c <= '9':
			t[c] = 1 << (maskDigits + c - '0')
		default:
			t[c] = 1 << (maskASCII + c%12)
		}
	}
	return t
}()

// lowerASCII maps each byte to its ASCII lowercase; other bytes unchanged.
var lowerASCII = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// runeBit is the mask bit of r's orbit.
func runeBit(r rune) uint64 {
	if b, ok := asciiFold(r); ok {
		return asciiBit[b]
	}
	k := uint64(foldKey(r))
	return 1 << (maskOther + (k*0x9E3779B97F4A7C15)>>60)
}
