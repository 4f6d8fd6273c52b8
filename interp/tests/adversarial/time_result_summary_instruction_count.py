# attack: a 30,000-digit power as the program's last value under an instruction limit (found by fuzzing the run target): its summary (made after the program) was charged to the program and reported 1.4M instructions for a limit of 200,000
# expect: ok  limits: instructions=200000 wall=1 memory=16M
66260660626068	**9494
