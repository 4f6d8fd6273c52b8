import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''), html.escape('plain'))
for s in ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&copy; &copy &COPY; &amp',
          '&notit; &notin; &not', '&#65;&#x42;&#X43;&#0068', '&#0; &#128; &#x80; &#13;',
          '&#xD800; &#1114112; &#x110000;', '&#1; &#11; &#x7f; &#xfffe; &#65535;',
          '&nosuch; &; &#; &#x; & plain', '&NotNestedGreaterGreater; &nbsp;x&nbspy',
          '&ampamp; &ltx &gtgt', 'no ampersand', '&acE; &fjlig; &ThickSpace;',
          '&' + 'a' * 40 + ';', '&#9731; &#x1F600;', '&Aacute&aacute;&AMP']:
    print(ascii(html.unescape(s)))
print(html.unescape(html.escape('<&>"\'')))
