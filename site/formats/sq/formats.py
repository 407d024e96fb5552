# Albanian: "2 dhjetor 2026, 23:59"; Django has no date-and-time format for it
# and a 12-hour clock ("11.59.MD").
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
NUMBER_GROUPING = 3
