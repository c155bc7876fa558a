// Package hostile holds the hostile-text corpus vitae is tested with and
// the checker that proves rendered output safe: strings a stranger could
// put in a profile, a file name, an ssh user name or a TERM value to take
// over the viewer's terminal (escape sequences of every kind, controls raw
// and as UTF-8, invalid UTF-8, bidi and invisible characters) or to break
// its layout (Zalgo, CJK, emoji sequences, enormous lines and words).
// It imports nothing of vitae, so any package's tests may use it.
package hostile

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed testdata/corpus.txt
var handWritten string

// Corpus returns the whole corpus, generated entries first and then the
// hand-written ones of testdata/corpus.txt, as a fresh slice.
func Corpus() []string {
	out := Generated()
	hw, err := HandWritten()
	if err != nil {
		panic(err) // the embedded file is checked by TestHandWrittenParses
	}
	return append(out, hw...)
}

// HandWritten parses testdata/corpus.txt: one Go-quoted string a line
// (so control bytes are written as escapes), blank lines and lines
// starting with # ignored.
func HandWritten() ([]string, error) {
	var out []string
	for i, line := range strings.Split(handWritten, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := strconv.Unquote(line)
		if err != nil {
			return nil, fmt.Errorf("corpus.txt:%d: %v", i+1, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// Terminators end string sequences (OSC, DCS, APC, PM, SOS): BEL, ST as
// ESC \, ST as the UTF-8 C1 character, ST as a raw C1 byte, and none.
var terminators = []string{"\a", "\x1b\\", "\u009c", "\x9c", ""}

// csiBodies are the parameters and final bytes of CSI sequences a profile
// could use against the viewer: styling, cursor moves, clears, the
// alternate screen, mouse and paste modes, reports the terminal answers
// by typing, window operations and scroll regions.
var csiBodies = []string{
	"31m", "1;38;2;255;0;0m", "0m", "8m", "7m", "5m", "?25l", "?25h",
	"H", "5;5H", "10A", "3B", "200C", "99D", "s", "u", "2J", "3J", "J", "K", "1K", "2K",
	"?1049h", "?1049l", "?47h", "?1000h", "?1002h", "?1003h", "?1006h", "?1015h",
	"?2004h", "?2004l", "200~", "201~", "6n", "5n", "c", ">c", "=c", "?u",
	"20t", "21t", "8;100;400t", "1;5r", "?7l", "4h", "?1h", "2 q", "!p", "M", "L", "10S", "@",
}

// oscBodies are OSC commands with payloads: titles, colors, hyperlinks,
// the clipboard, fonts and terminal-specific commands.
var oscBodies = []string{
	"0;pwned title", "1;icon", "2;pwned window", "4;1;rgb:ff/00/00", "8;;https://evil.example/",
	"8;id=x;file:///etc/passwd", "10;?", "11;rgb:00/00/00", "12;#ff0000", "50;?", "52;c;ZWNobyBwd25lZA==",
	"52;p;?", "104", "1337;SetUserVar=x=eQ==", "1337;File=inline=1:AAAA", "777;notify;t;b", "9;notify",
	"133;A", "7;file://host/tmp",
}

// stringIntroducers start DCS, APC, PM and SOS, as ESC forms and as UTF-8
// C1 characters.
var stringIntroducers = []string{"\x1bP", "\x1b_", "\x1b^", "\x1bX", "\u0090", "\u009f", "\u009e", "\u0098"}

// Generated returns the generated part of the corpus.
func Generated() []string {
	var out []string
	for c := 0; c < 0x20; c++ {
		out = append(out, fmt.Sprintf("C0 %02X:[%c]", c, rune(c)))
	}
	out = append(out, "DEL:[\x7f]")
	for c := 0x80; c < 0xa0; c++ {
		out = append(out, fmt.Sprintf("C1 byte %02X:[", c)+string([]byte{byte(c)})+"]")
		out = append(out, fmt.Sprintf("C1 %02X:[%c]", c, rune(c)))
	}
	for _, body := range csiBodies {
		out = append(out, "csi:\x1b["+body+"text", "c1csi:\u009b"+body+"text", "rawcsi:\x9b"+body+"text")
	}
	for _, body := range oscBodies {
		for _, end := range terminators {
			out = append(out, "osc:\x1b]"+body+end+"after")
		}
		out = append(out, "c1osc:\u009d"+body+"\u009cafter")
	}
	for _, intro := range stringIntroducers {
		for _, end := range terminators[1:] {
			out = append(out, "str:"+intro+"1$r q payload"+end+"after")
		}
	}
	for _, esc := range []string{"c", "7", "8", "D", "M", "E", "#8", "(0lqqk", ")0\x0e", "N", "O", "=", ">", "H", "Z", "%G", "\x1b"} {
		out = append(out, "esc:\x1b"+esc+"after")
	}
	// Halves of sequences, placed in adjacent fields by the tests.
	out = append(out, "first half\x1b", "[2Jsecond half", "half\x1b]52;c;", "ZWNobyBwd25lZA==\a tail",
		"trailing CSI \x1b[", "38;5;1mred", "trailing C1 \u009b", "2Jcleared", "raw\xc2", "\x9bKerased")
	for _, r := range []rune{0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
		0x200e, 0x200f, 0x061c, 0x2028, 0x2029, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e, 0x00ad,
		0x2061, 0x2064, 0x206a, 0x206f, 0xfff9, 0xfffb, 0xe0001, 0xe0041, 0xe007f, 0x034f, 0x115f, 0x3164} {
		out = append(out, fmt.Sprintf("rating: %c5/1%c ok", r, r))
	}
	out = append(out,
		strings.Repeat("x", 100_000),
		strings.Repeat("word ", 20_000),
		strings.Repeat("W", 10_000),
		"a"+strings.Repeat("日本語", 3_400),
		strings.Repeat("👩\u200d👩\u200d👧\u200d👦", 2_000),
		strings.Repeat("\x1b[31m", 20_000)+"red",
		strings.Repeat("Z\u0336\u0337\u0338\u0321\u0322\u0327\u0328\u0334\u0335", 2_000),
		strings.Repeat("line\n", 20_000),
		strings.Repeat("\t", 5_000)+"tabs",
		strings.Repeat("\xff", 50_000),
		"",
	)
	return out
}
