from datetime import timedelta
timedelta(days=1000000000)
