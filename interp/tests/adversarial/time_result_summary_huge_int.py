# attack: the last expression is a 4.4-million-bit int, so the result summary (repr and JSON, made after the program ends) converts it to decimal; found by fuzzing (fuzz run 2, crash-b05e8952): 1.6 s of CPU for a 1 s limit, status ok
# expect: ok  limits: instructions=200000 wall=1 memory=16M
(4444454444444444544444888884444444444454444444444544444444644445444, 4448444544444444 << 4445444)
