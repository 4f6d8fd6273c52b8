nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan])
