"""The assert methods whose failure messages carry a diff (3.4's
assertSequenceEqual, assertSetEqual, assertDictEqual,
assertMultiLineEqual)."""

import difflib
import pprint

from unittest.util import safe_repr

__unittest = True


def sequence_equal(case, seq1, seq2, msg=None, seq_type=None):
    """TestCase.assertSequenceEqual."""
    if seq_type is not None:
        seq_type_name = seq_type.__name__
        if not isinstance(seq1, seq_type):
            raise case.failureException('First sequence is not a %s: %s'
                                        % (seq_type_name, safe_repr(seq1)))
        if not isinstance(seq2, seq_type):
            raise case.failureException('Second sequence is not a %s: %s'
                                        % (seq_type_name, safe_repr(seq2)))
    else:
        seq_type_name = "sequence"
    differing = None
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        differing = 'First %s has no length.    Non-sequence?' % (seq_type_name)
    if differing is None:
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            differing = 'Second %s has no length.    Non-sequence?' % (seq_type_name)
    if differing is None:
        if seq1 == seq2:
            return
        seq1_repr = safe_repr(seq1)
        seq2_repr = safe_repr(seq2)
        if len(seq1_repr) > 30:
            seq1_repr = seq1_repr[:30] + '...'
        if len(seq2_repr) > 30:
            seq2_repr = seq2_repr[:30] + '...'
        elements = (seq_type_name.capitalize(), seq1_repr, seq2_repr)
        differing = '%ss differ: %s != %s\n' % elements
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += ('\nUnable to index element %d of first %s\n' %
                              (i, seq_type_name))
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += ('\nUnable to index element %d of second %s\n' %
                              (i, seq_type_name))
                break
            if item1 != item2:
                differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                              (i, item1, item2))
                break
        else:
            if (len1 == len2 and seq_type is None and
                    type(seq1) != type(seq2)):
                return
        if len1 > len2:
            differing += ('\nFirst %s contains %d additional '
                          'elements.\n' % (seq_type_name, len1 - len2))
            try:
                differing += ('First extra element %d:\n%s\n' %
                              (len2, seq1[len2]))
            except (TypeError, IndexError, NotImplementedError):
                differing += ('Unable to index element %d '
                              'of first %s\n' % (len2, seq_type_name))
        elif len1 < len2:
            differing += ('\nSecond %s contains %d additional '
                          'elements.\n' % (seq_type_name, len2 - len1))
            try:
                differing += ('First extra element %d:\n%s\n' %
                              (len1, seq2[len1]))
            except (TypeError, IndexError, NotImplementedError):
                differing += ('Unable to index element %d '
                              'of second %s\n' % (len1, seq_type_name))
    standardMsg = differing
    diffMsg = '\n' + '\n'.join(
        difflib.ndiff(pprint.pformat(seq1).splitlines(),
                      pprint.pformat(seq2).splitlines()))
    standardMsg = case._truncateMessage(standardMsg, diffMsg)
    msg = case._formatMessage(msg, standardMsg)
    case.fail(msg)


def set_equal(case, set1, set2, msg=None):
    """TestCase.assertSetEqual."""
    try:
        difference1 = set1.difference(set2)
    except TypeError as e:
        case.fail('invalid type when attempting set difference: %s' % e)
    except AttributeError as e:
        case.fail('first argument does not support set difference: %s' % e)
    try:
        difference2 = set2.difference(set1)
    except TypeError as e:
        case.fail('invalid type when attempting set difference: %s' % e)
    except AttributeError as e:
        case.fail('second argument does not support set difference: %s' % e)
    if not (difference1 or difference2):
        return
    lines = []
    if difference1:
        lines.append('Items in the first set but not the second:')
        for item in difference1:
            lines.append(repr(item))
    if difference2:
        lines.append('Items in the second set but not the first:')
        for item in difference2:
            lines.append(repr(item))
    standardMsg = '\n'.join(lines)
    case.fail(case._formatMessage(msg, standardMsg))


def dict_equal(case, d1, d2, msg=None):
    """TestCase.assertDictEqual."""
    case.assertIsInstance(d1, dict, 'First argument is not a dictionary')
    case.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
    if d1 != d2:
        standardMsg = '%s != %s' % (safe_repr(d1, True), safe_repr(d2, True))
        diff = ('\n' + '\n'.join(difflib.ndiff(
            pprint.pformat(d1).splitlines(),
            pprint.pformat(d2).splitlines())))
        standardMsg = case._truncateMessage(standardMsg, diff)
        case.fail(case._formatMessage(msg, standardMsg))


def multiline_equal(case, first, second, msg=None):
    """TestCase.assertMultiLineEqual."""
    case.assertIsInstance(first, str, 'First argument is not a string')
    case.assertIsInstance(second, str, 'Second argument is not a string')
    if first != second:
        if (len(first) > case._diffThreshold or
                len(second) > case._diffThreshold):
            case._baseAssertEqual(first, second, msg)
        firstlines = first.splitlines(keepends=True)
        secondlines = second.splitlines(keepends=True)
        if len(firstlines) == 1 and first.strip('\r\n') == first:
            firstlines = [first + '\n']
            secondlines = [second + '\n']
        standardMsg = '%s != %s' % (safe_repr(first, True),
                                    safe_repr(second, True))
        diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
        standardMsg = case._truncateMessage(standardMsg, diff)
        case.fail(case._formatMessage(msg, standardMsg))
