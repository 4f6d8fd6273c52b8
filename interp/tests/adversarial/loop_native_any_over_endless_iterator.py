# attack: any() over an endless iterator of falsy values, in native code
# expect: time_limit  limits: instructions=1000000 wall=0.3
any(iter(int, 1))
