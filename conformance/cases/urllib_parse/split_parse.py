from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urldefrag
import urllib.parse
for u in ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com',
          'ftp://ftp.example.com/pub/file.txt', 'mailto:someone@example.com',
          '//netloc/only/path', '/just/a/path?x=y', 'relative/path#f', 'file:///etc/hosts',
          'http://[::1]:80/ipv6', 'HTTP://Upper.Case/Path', 'news:comp.lang.python',
          'svn+ssh://host/repo', 'http://host/p;a;b', 'tel:+1-555', '', 'http:',
          'http://h/?', 'http://h/#']:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u), tuple(s), tuple(p))
    print('  ', s.hostname, s.port, s.username, s.password, s.geturl() == urlunsplit(s), p.geturl())
print(urlsplit('http://h/a#b', allow_fragments=False))
print(urlparse('path', scheme='https'))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', 'p', '', '')))
print(urlunparse(('http', 'h', '/p', 'par', 'q', 'f')), urlunsplit(('file', '', '/x', '', '')))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'))
d = urldefrag('a#b')
print(d.url, d.fragment, d.geturl())
r = urlparse('http://a/b')
print(r.scheme, r.netloc, r.path, r._replace(path='/c').geturl())
print(type(r).__name__, type(urlsplit('x')).__name__, isinstance(r, tuple))
urlsplit('http://[::1/x')
