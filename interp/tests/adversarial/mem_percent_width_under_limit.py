# attack: '%88888888a' % 0 under 16 MiB (found by fuzzing the run target): the 88 MB padded field was built before the memory check (accounted peak 223 MB, RSS 270 MB); it is now refused before its buffer is allocated
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=16M wall=1
",>>=iIIIIIIIIIIIIIIIIIIIIIIIII999999	*4%88888888as.888-443*Is," % 0 % 00
