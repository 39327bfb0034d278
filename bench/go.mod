module github.com/openpar/cchc/bench

go 1.26.0

require (
	github.com/openpar/cchc v0.0.0
	github.com/rickar/cal/v2 v2.1.13
)

require (
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/openpar/cchc => ../
