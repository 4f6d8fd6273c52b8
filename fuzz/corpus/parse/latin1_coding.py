# -*- coding: latin-1 -*-
# A latin-1 encoded file.
name = "café crème brûlée"
sign = "§ µ ½ ÿ"
