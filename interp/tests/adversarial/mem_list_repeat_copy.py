# attack: a * 2 of a 10**7-item list under 512 MiB: the items were copied (153 MiB) before the repeat and only the result (305 MiB) was checked against the limit, so the accounted peak passed it by the copy (610 MiB for 512 MiB; seen in session 7 as time_list_ops_huge's peak); the copy is now reserved with the result
# expect: memory_limit  limits: memory=512M wall=5
a = [0] * (10 ** 7)
b = a * 2
