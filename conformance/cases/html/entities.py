import html.entities as E
from html import entities
print(E is entities)
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(E.name2codepoint['amp'], E.name2codepoint['euro'], E.codepoint2name[169], E.entitydefs['lt'])
print(repr(E.html5['amp;']), repr(E.html5['amp']), repr(E.html5['NotEqualTilde;']), 'notin' in E.html5)
print(sorted(E.name2codepoint)[:5], sorted(E.html5)[:5])
print(sum(1 for k in E.html5 if not k.endswith(';')))
E.html5['nonexistent;']
