import datetime
datetime.date(2023, 2, 29)
