# print_stack() with and without a limit shows the caller's stack, never
# print_stack's own frame.
import io
import traceback


def show(limit=None):
    buf = io.StringIO()
    traceback.print_stack(limit=limit, file=buf)
    print(buf.getvalue().replace(__file__, 'case.py'), end='--\n')


def inner():
    show()
    show(1)
    show(2)


def outer():
    inner()


outer()
