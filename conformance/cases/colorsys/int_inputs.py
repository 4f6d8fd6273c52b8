import colorsys
print(colorsys.rgb_to_hsv(255, 0, 0), colorsys.rgb_to_hls(0, 0, 0))
print(colorsys.hsv_to_rgb(0, 0, 7), colorsys.hls_to_rgb(0.5, 1, 0))
colorsys.rgb_to_hsv('a', 'b', 'c')
