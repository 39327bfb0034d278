module github.com/openpar/cchc

go 1.24
