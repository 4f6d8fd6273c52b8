import textwrap
textwrap.wrap('abc', width=0)
