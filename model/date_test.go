package model

import (
	"encoding/json"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string
	}{
		{"2013", YearOnly(2013), ""},
		{"2013-12", YearMonth(2013, 12), ""},
		{"2013-12-02", YearMonthDay(2013, 12, 2), ""},
		{"2012-02-29", YearMonthDay(2012, 2, 29), ""},
		{"2000-02-29", YearMonthDay(2000, 2, 29), ""},
		{"1900-02-29", Date{}, `"1900-02-29" is not a valid date: Feb 1900 has 28 days`},
		{"2013-02-30", Date{}, `"2013-02-30" is not a valid date: Feb 2013 has 28 days`},
		{"2013-04-31", Date{}, `"2013-04-31" is not a valid date: Apr 2013 has 30 days`},
		{"2013-19", Date{}, `"2013-19" is not a valid date: month 19 does not exist (use 01–12)`},
		{"2013-00", Date{}, `"2013-00" is not a valid date: month 0 does not exist (use 01–12)`},
		{"2013-12-021", Date{}, `"2013-12-021" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`},
		{"0999", Date{}, `"0999" is not a valid date: the year must be between 1000 and 2999`},
		{"2018-7", Date{}, `"2018-7" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`},
		{"", Date{}, `"" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`},
		{"present", Date{}, `"present" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`},
		{"２０１３", Date{}, `"２０１３" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseDate(%q) error = %v, want %s", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		if got.String() != tt.in {
			t.Errorf("String() = %q, want %q", got.String(), tt.in)
		}
	}
}

func TestParseDateLenient(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		ongoing bool
		how     Leniency
		err     bool
	}{
		{"2018-07", YearMonth(2018, 7), false, LenientNone, false},
		{"present", Date{}, true, LenientOngoing, false},
		{"Present", Date{}, true, LenientOngoing, false},
		{" CURRENT ", Date{}, true, LenientOngoing, false},
		{"now", Date{}, true, LenientOngoing, false},
		{"2018-7", YearMonth(2018, 7), false, LenientUnpadded, false},
		{"2018-7-2", YearMonthDay(2018, 7, 2), false, LenientUnpadded, false},
		{" 2018 ", YearOnly(2018), false, LenientSurrounding, false},
		{"2018-13", Date{}, false, LenientNone, true},
		{"2018-2-30", Date{}, false, LenientNone, true},
		{"someday", Date{}, false, LenientNone, true},
		{"2018-", Date{}, false, LenientNone, true},
	}
	for _, tt := range tests {
		got, ongoing, how, err := ParseDateLenient(tt.in)
		if (err != nil) != tt.err || got != tt.want || ongoing != tt.ongoing || how != tt.how {
			t.Errorf("ParseDateLenient(%q) = %+v, %v, %q, %v", tt.in, got, ongoing, how, err)
		}
	}
}

func TestDateCoverage(t *testing.T) {
	if got := YearOnly(2018).First(); got != MonthOf(2018, 1) {
		t.Errorf("First of 2018 = %v", got)
	}
	if got := YearOnly(2018).Last(); got != MonthOf(2018, 12) {
		t.Errorf("Last of 2018 = %v", got)
	}
	if got := YearMonthDay(2018, 7, 9).Last(); got != MonthOf(2018, 7) {
		t.Errorf("Last of a day = %v", got)
	}
	if m := MonthOf(2021, 6); m.Year() != 2021 || m.Num() != 6 {
		t.Errorf("MonthOf round trip = %d-%d", m.Year(), m.Num())
	}
	if YearOnly(2018).Before(YearMonth(2018, 3)) || !YearMonth(2018, 3).Before(YearMonth(2018, 4)) {
		t.Error("Before compares at the coarser precision")
	}
	if !YearMonth(2017, 12).Before(YearOnly(2018)) {
		t.Error("2017-12 is before 2018")
	}
}

func TestDateHuman(t *testing.T) {
	for in, want := range map[Date]string{
		YearOnly(2018): "2018", YearMonth(2018, 8): "Aug 2018", YearMonthDay(2019, 9, 22): "22 Sep 2019", {}: "",
	} {
		if got := in.Human(); got != want {
			t.Errorf("%+v.Human() = %q, want %q", in, got, want)
		}
	}
}

func TestDateJSON(t *testing.T) {
	var w Work
	if err := json.Unmarshal([]byte(`{"startDate":"2018-7","endDate":"present"}`), &w); err != nil {
		t.Fatal(err)
	}
	if w.StartDate != YearMonth(2018, 7) || !w.EndDate.IsZero() {
		t.Fatalf("lenient decode = %+v", w)
	}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"startDate":"2018-07"}` {
		t.Errorf("canonical encode = %s", b)
	}
	if err := json.Unmarshal([]byte(`{"startDate":"2018-02-30"}`), &w); err == nil {
		t.Error("an impossible date must not decode")
	}
}
