# coding=utf-8
s = "€"
