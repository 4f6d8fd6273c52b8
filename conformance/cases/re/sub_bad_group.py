import re
re.sub('(a)', r'\g<nope>', 'a')
