x = '\N{->NOT AAME}'
