print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1}.issubset([1, 2]), {1, 2}.issuperset({2}), {1}.isdisjoint({2}))
