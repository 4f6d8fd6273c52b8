# attack: catastrophic regex backtracking ((a*)*b on 30 a's)
# expect: time_limit(wall)  limits: wall=0.5 memory=64M
import re
print(re.match('(a*)*b', 'a' * 30))
