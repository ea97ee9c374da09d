module rosterdesk

go 1.26

require (
	github.com/xuri/excelize/v2 v2.11.1
	golang.org/x/text v0.44.0
)
