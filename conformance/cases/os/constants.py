import os
print(os.sep, os.pathsep, os.extsep, os.curdir, os.pardir, repr(os.linesep), os.name, os.altsep, os.devnull)
print(os.error is OSError)
