# A custom exception hierarchy, chaining, re-raising and finally.
class AppError(Exception):
	"""Base class for this program's errors."""

	def __init__(self, message, code=1):
		super().__init__(message)
		self.code = code


class ParseError(AppError):
	pass


class ValidationError(AppError):
	def __str__(self):
		return 'invalid: ' + self.args[0]


def parse_int(text):
	try:
		return int(text)
	except ValueError as e:
		raise ParseError('not a number: %r' % text, code=2) from e


def validate(n):
	if not 0 <= n <= 100:
		raise ValidationError('%d out of range' % n)
	return n


log = []
for raw in ['5', 'x', '500', '42']:
	try:
		value = validate(parse_int(raw))
	except ParseError as err:
		log.append(('parse', err.code, type(err.__cause__).__name__))
	except AppError as err:
		log.append(('app', str(err)))
	else:
		log.append(('ok', value))
	finally:
		log.append('done ' + raw)
print(log)
