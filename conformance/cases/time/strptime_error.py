import time
time.strptime('xx', '%Y')
