# attack: bare except: that re-enters the loop
# expect: time_limit  limits: instructions=1000000 wall=1
while True:
    try:
        raise ValueError('again')
    except:
        continue
