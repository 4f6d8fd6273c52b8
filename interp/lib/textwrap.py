"""Text wrapping and filling (Kaa's Python 3.4 ``textwrap``).

The chunking follows 3.4's word-separator pattern (whitespace runs,
hyphenated word parts, em-dashes), implemented by a hand-written scanner.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_DIGITS = '0123456789'
_EMDASH_BEFORE = '!"\'&.,?'


def _is_word(char):
    return char.isalnum() or char == '_'


def _is_letter(char):
    # [^0-9\W]: a word character that is not an ASCII digit.
    return (char.isalnum() or char == '_') and char not in _DIGITS


def _word_run_end(text, position, size):
    while position < size and _is_word(text[position]):
        position += 1
    return position


def _hyphen_tail_ok(text, word_start, word_end, size):
    """The part of [^\\s\\w]*\\w+[^0-9\\W]-(?=\\w+[^0-9\\W]) after the punctuation,
    for the word text[word_start:word_end] (a maximal run of word characters)."""
    if word_end - word_start < 2 or word_end >= size or text[word_end] != '-':
        return False
    if not _is_letter(text[word_end - 1]):
        return False
    after = word_end + 1
    probe = after
    while probe < size and _is_word(text[probe]):
        if probe > after and _is_letter(text[probe]):
            return True
        probe += 1
    return False


def _emdash_end(text, start, size):
    """End of a match of (?<=[\\w!"'&.,?])-{2,}(?=\\w) at start, or -1."""
    if start == 0 or text[start] != '-':
        return -1
    before = text[start - 1]
    if not (_is_word(before) or before in _EMDASH_BEFORE):
        return -1
    position = start
    while position < size and text[position] == '-':
        position += 1
    if position - start < 2 or position >= size or not _is_word(text[position]):
        return -1
    return position


def _split_words(text):
    """re.split() of text by 3.4's wordsep_re, without the empty pieces.

    Linear time: a failed hyphenated-word match at the start of a run of
    word characters (or of punctuation) fails at every later start in the
    same run, so each run is examined once.
    """
    chunks = []
    size = len(text)
    piece_start = 0
    position = 0
    while position < size:
        char = text[position]
        start = position
        if char.isspace():
            end = position + 1
            while end < size and text[end].isspace():
                end += 1
        elif _is_word(char):
            run_end = _word_run_end(text, position, size)
            if _hyphen_tail_ok(text, position, run_end, size):
                end = run_end + 1
            else:
                position = run_end
                continue
        else:
            punct_end = position
            while punct_end < size and not text[punct_end].isspace() and not _is_word(text[punct_end]):
                punct_end += 1
            run_end = _word_run_end(text, punct_end, size)
            if _hyphen_tail_ok(text, punct_end, run_end, size):
                end = run_end + 1
            else:
                end = -1
                while position < punct_end:
                    end = _emdash_end(text, position, size)
                    if end >= 0:
                        break
                    position += 1
                if end < 0:
                    continue
                start = position
        if piece_start < start:
            chunks.append(text[piece_start:start])
        chunks.append(text[start:end])
        position = piece_start = end
    if piece_start < size:
        chunks.append(text[piece_start:])
    return chunks


def _split_whitespace(text):
    """re.split(r'(\\s+)', text) without the empty pieces."""
    chunks = []
    size = len(text)
    position = 0
    while position < size:
        start = position
        spaces = text[position].isspace()
        while position < size and text[position].isspace() == spaces:
            position += 1
        chunks.append(text[start:position])
    return chunks


def _ends_sentence(chunk):
    # [a-z][\.\!\?][\"\']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper(object):
    """Object for wrapping/filling text.

    The public interface consists of the wrap() and fill() methods; the
    other methods are just there for subclasses to override in order to
    tweak the default behaviour.
    """

    unicode_whitespace_trans = {}
    uspace = ord(' ')
    for _char in _whitespace:
        unicode_whitespace_trans[ord(_char)] = uspace
    del _char

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace runs)."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after each sentence-ending chunk."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break (or move) a chunk too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            cur_line.append(reversed_chunks[-1][:space_left])
            reversed_chunks[-1] = reversed_chunks[-1][space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (self.max_lines is None
                            or len(lines) + 1 < self.max_lines
                            or ((not chunks
                                 or self.drop_whitespace and len(chunks) == 1
                                 and not chunks[0].strip())
                                and cur_len <= width))
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # The last permitted line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Split text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the paragraph in text to fit in lines of self.width columns."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    position = 0
    while position < len(line) and line[position] in ' \t':
        position += 1
    return line[:position]


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines consisting solely of spaces and tabs are normalized to a bare
    newline; 3.4 finds no margin when two lines' indents differ in kind.
    """
    lines = text.split('\n')
    for index, line in enumerate(lines):
        if len(_leading_blanks(line)) == len(line):
            # Only spaces and tabs (or nothing): normalised to an empty line.
            lines[index] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            margin = ''
            break
    if margin:
        width = len(margin)
        for index, line in enumerate(lines):
            if line.startswith(margin):
                lines[index] = line[width:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-whitespace lines.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
