if (n := 10): pass
