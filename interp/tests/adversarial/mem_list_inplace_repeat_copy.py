# attack: a *= 2 on a 10**7-item list under 512 MiB: as mem_list_repeat_copy, the in-place repeat copies the items (153 MiB) beside the new 305 MiB buffer before the old one is freed; the copy is now reserved with the result
# expect: memory_limit  limits: memory=512M wall=5
a = [0] * (10 ** 7)
a *= 2
