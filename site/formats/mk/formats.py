# Macedonian running text: "2 декември 2026, 23:59" (the month in lower case
# comes from the site's catalogue, see iris_site.formats).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
