# -*- coding: utf-8 -*-
# BOM plus a matching coding declaration.
x = "中"
