package calendar

// CheckHolidayData exposes the announcement table's reader to the tests.
func CheckHolidayData(b []byte) error {
	f, err := parseHolidayData(b)
	if err == nil {
		_, _, err = vietnamHolidays(f)
	}
	return err
}
