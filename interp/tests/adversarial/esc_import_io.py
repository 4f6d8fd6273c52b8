# attack: io exists (StringIO/BytesIO) but must not open host files
# expect: ok  limits: wall=1
# stdout: "PermissionError\n"
import io
try:
    io.open('/etc/passwd').read()
    print('opened!')
except (ImportError, PermissionError) as e:
    print(type(e).__name__)
