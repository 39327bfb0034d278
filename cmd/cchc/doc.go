// Command cchc works with plan files of Vietnamese public administration
// reform (cải cách hành chính, CCHC), for people who have plan files rather
// than Go code. A plan file is the JSON format of plan/FORMAT.md; start from
// one of the five real plans with "cchc example".
//
// Usage:
//
//	cchc COMMAND [ARGUMENTS]
//
// The commands are:
//
//	validate     check plan files and list their problems
//	matrix       print the responsibility matrix: who leads and who partners each task
//	obligations  list what one agency owes under a plan between two days
//	ics          write the plan's deadlines and reports as an iCalendar file
//	calendar     list a year's holidays, swapped days and Tết
//	example      write one of the five real plans as a plan file to start from
//	convert      convert between a plan file and a CSV task table
//	report       render a report from a plan and a folder of submission files
//
// "cchc help COMMAND" or "cchc COMMAND -help" describes a command and its
// flags. Flags may come before or after the file ("cchc obligations FILE
// -agency NAME"); a FILE of "-" is read from standard input.
//
// Examples:
//
//	cchc example thai-nguyen-2017                   # writes thai-nguyen-2017.json
//	cchc validate thai-nguyen-2017.json             # FILE:LINE:COL: SEVERITY: CODE: MESSAGE
//	cchc matrix thai-nguyen-2017.json -format csv > matrix.csv
//	cchc obligations thai-nguyen-2017.json -agency "Sở Tư pháp" -from 1/8/2017 -to 30/9/2017
//	cchc ics thai-nguyen-2017.json -agency SNV > so-noi-vu.ics
//	cchc calendar -year 2025
//	cchc convert thai-nguyen-2017.json -o tasks.csv  # edit in a spreadsheet, then
//	cchc convert tasks.csv -plan thai-nguyen-2017.json -o thai-nguyen-2017-v2.json
//	cchc report thai-nguyen-2017.json reports/ -period "Tháng 8/2017" -format html > bao-cao.html
//
// Agency names on the command line are looked up the way plans spell them,
// with the registry the plan itself resolves against: "SNV", "so noi vu" and
// "Sở Nội Vụ" all name the Sở Nội vụ; an unknown name is answered with the
// closest ones. Dates are written 2017-12-31 or day first, 31/12/2017.
//
// Every failure is one line on standard error. The exit status is 0 on
// success, 1 when validate finds a problem at error severity or a file
// cannot be read or written, and 2 when the command line is wrong: an
// unknown command or flag, a missing argument, a date that cannot be read,
// an unknown agency.
package main
