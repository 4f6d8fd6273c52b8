"""Concrete date/time and related types (Kaa's Python 3.4 ``datetime``).

date, time, datetime, timedelta, tzinfo and timezone with 3.4's reprs
(``datetime.timedelta(1, 5)``) and messages; every class is named
``datetime.<name>``.  The clock (now/today) comes from the ``time`` module;
local time is whatever ``time.localtime`` says (UTC in the sandbox).
"""

from _datetime_calendar import MINYEAR, MAXYEAR
from _datetime_base import timedelta
from _datetime_types import date, tzinfo, time
from _datetime_full import datetime, timezone

__all__ = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR']
