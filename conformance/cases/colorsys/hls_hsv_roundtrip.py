import colorsys
samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (0.2, 0.4, 0.4), (0.9, 0.1, 0.6), (0.5, 0.5, 0.25), (0.3, 0.7, 0.99), (0.123, 0.456, 0.789)]
for rgb in samples:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, hls, hsv)
    print('  ', colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.25, 0.5, 0.75, 0.99, 1.0, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.rgb_to_yiq(0.0, 0.0, 0.0), colorsys.rgb_to_yiq(1.0, 1.0, 1.0)[0])
print(sorted(colorsys.__all__))
