import json
import io
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, sort_keys=True, indent=1)
text = buf.getvalue()
print(text)
print(json.load(io.StringIO(text)), json.load(io.StringIO('[true]')))
