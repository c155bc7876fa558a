package common

import (
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestFormatRange(t *testing.T) {
	tests := []struct {
		r    model.Range
		want string
	}{
		{model.Range{Start: model.YearMonth(2018, 8)}, "Aug 2018 – now"},
		{model.Range{Start: model.YearOnly(2017), End: model.YearOnly(2018)}, "2017 – 2018"},
		{model.Range{Start: model.YearMonth(2020, 5), End: model.YearMonth(2020, 5)}, "May 2020"},
		{model.Range{End: model.YearMonth(2019, 6)}, "until Jun 2019"},
		{model.Range{Start: model.YearOnly(2006), EndUnknown: true}, "2006 – end unknown"},
		{model.Range{}, ""},
	}
	for _, tt := range tests {
		if got := FormatRange(tt.r); got != tt.want {
			t.Errorf("FormatRange(%+v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	now := model.MonthOf(2026, 11)
	tests := []struct {
		r    model.Range
		want string
	}{
		{model.Range{Start: model.YearMonth(2018, 8)}, "8y 4m"},
		{model.Range{Start: model.YearMonth(2021, 6), End: model.YearMonth(2024, 8)}, "3y 3m"},
		{model.Range{Start: model.YearOnly(2017), End: model.YearOnly(2018)}, "~2y"},
		{model.Range{Start: model.YearOnly(2006), EndUnknown: true}, ""},
		{model.Range{End: model.YearMonth(2019, 6)}, ""},
		{model.Range{}, ""},
	}
	for _, tt := range tests {
		if got := FormatDuration(tt.r, now); got != tt.want {
			t.Errorf("FormatDuration(%+v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestDisplayURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://github.com/peertransfer/Victoriatreasure/", "github.com/peertransfer/Victoriatreasure"},
		{"https://www.coolomina.dev", "coolomina.dev"},
		{"http://dsaiztc.com/PFC.pdf", "http://dsaiztc.com/PFC.pdf"},
		{"https://paypal.com@evil.example/login", "evil.example/login"},
		{"HTTPS://WWW.Example.COM/A/", "example.com/A"},
		{"mailto:ada@example.com?subject=hi", "ada@example.com"},
		{"mailto:ada%40example.com", "ada@example.com"},
		{"javascript:alert(1)", "javascript:alert(1)"},
		{"ftp://files.example/cv.pdf", "ftp://files.example/cv.pdf"},
		{"file:///etc/passwd", "file:///etc/passwd"},
		{"https://evil.example/\u202emoc.elgoog", "evil.example/moc.elgoog"},
		{"mailto:a@b.c\x1b]52;c;eA==\a", "a@b.c"},
		{"not a url", "not a url"},
		{"https://e.com/\x1b[31mred", "e.com/red"},
	}
	for _, tt := range tests {
		if got := DisplayURL(tt.in); got != tt.want {
			t.Errorf("DisplayURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
