import logging
h = logging.FileHandler("out.log", delay=True)
print(h.baseFilename.endswith("out.log"), h.stream, h.mode, h.delay)
