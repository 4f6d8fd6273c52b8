from datetime import datetime
datetime.strptime('2021-13-01', '%Y-%m-%d')
