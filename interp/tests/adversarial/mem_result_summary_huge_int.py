# attack: a 22M-bit int as the program's last value (found by fuzzing the run target): its repr and JSON summary, made after the program ends, converted it twice and peaked at 17.7 MB for a 16 MiB limit with status ok
# expect: ok  limits: memory=16M wall=2
44 * 4 % 88888 * 2222222222200000000000000000000000099 + 22 + 2222222222 << 22222280
