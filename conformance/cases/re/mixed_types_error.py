import re
re.match('a', b'a')
