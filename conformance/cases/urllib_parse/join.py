from urllib.parse import urljoin
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', 'g.', '.g', 'g..', '..g', './g/.', 'g/./h', 'g/../h',
            'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://host/dir/', 'file'), urljoin('http://host/dir', 'file'))
print(urljoin('', 'x'), urljoin('http://h/', ''), urljoin('mailto:a@b', 'c'))
print(urljoin('http://h/a/b', 'c', allow_fragments=False))
