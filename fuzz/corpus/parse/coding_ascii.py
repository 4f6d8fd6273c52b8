# -*- coding: ascii -*-
x = "plain ascii only"
