package ui

import tea "github.com/charmbracelet/bubbletea"

// replyState follows a terminal's reply to a query (an OSC such as the
// background colour: ESC ] 11 ; rgb:0000/0101/0202 ESC \) that arrives
// after the querying code stopped waiting for it. Bubble Tea v1 reads such
// a reply as keys: alt+], one burst of runes, then alt+\ or ctrl+g (BEL).
// Typed on, its "/" would open the filter and its digits switch tabs.
type replyState uint8

const (
	replyNone replyState = iota // not in a reply
	replyOpen                   // saw ESC ]: the body comes next
	replyBody                   // saw the body: the terminator comes next
)

// next advances the state with a key and reports whether the key is part
// of a reply and must be dropped. Anything that does not fit the shape
// ends the reply and is a key again, so a person pressing alt+] loses at
// most the one burst of text that follows it.
func (s replyState) next(k tea.KeyMsg) (replyState, bool) {
	runes := k.Type == tea.KeyRunes && !k.Paste
	switch {
	case s == replyNone && runes && k.Alt && string(k.Runes) == "]":
		return replyOpen, true
	case s == replyOpen && runes && !k.Alt:
		return replyBody, true
	case s == replyBody && (k.Type == tea.KeyCtrlG || runes && k.Alt && string(k.Runes) == `\`):
		return replyNone, true
	}
	return replyNone, false
}
