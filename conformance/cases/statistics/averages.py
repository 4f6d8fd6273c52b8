import statistics as st
data = [1, 2, 2, 3, 4, 7]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.median_grouped([1, 2, 2, 3, 4]), st.mean([0.5, 0.25]))
print(round(st.pstdev(data), 6), round(st.stdev(data), 6), st.pvariance(data), st.variance(data))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
