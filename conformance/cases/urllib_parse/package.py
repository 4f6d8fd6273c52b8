import urllib
import urllib.parse
from urllib import parse
print(parse is urllib.parse, urllib.parse.__name__)
print(sorted(n for n in dir(parse) if n in parse.__all__) == sorted(parse.__all__))
import urllib.nosuchmodule
