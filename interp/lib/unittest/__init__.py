"""Python 3.4's unit testing framework: TestCase, TestSuite, TestLoader,
TextTestRunner and main (no test discovery: the sandbox has no files)."""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from unittest.result import TestResult
from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (TestLoader, defaultTestLoader, makeSuite,
                     getTestCaseNames, findTestCases)
from unittest.main import main
from unittest.runner import TextTestRunner, TextTestResult


def installHandler():
    """Does nothing: there are no signals in the sandbox."""


def registerResult(result):
    """Does nothing: there are no signals in the sandbox."""


def removeResult(result):
    """Does nothing; returns False."""
    return False


def removeHandler(method=None):
    """Does nothing (as a decorator returns `method` unchanged)."""
    if method is not None:
        return method
    return None


_TextTestResult = TextTestResult
