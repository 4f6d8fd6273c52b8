# attack: '%' with a 5.7 MB template under 16 MiB (found by fuzzing the run target): the template was parsed as a char vector (4 bytes a char) before any check, peaking at 39.6 MB
# expect: memory_limit|runtime_error(MemoryError)|runtime_error(TypeError)  limits: memory=16M wall=2
",>>=loggingiIIIIIIIIIIIIIIIIII- other.x, self.y+333333330, self.y+333333330000000000%00000005702409.x, s89(2200Is," % 0 % 00
