# A Dhrystone-style mixed workload: records, enumerations, string comparisons,
# array updates, procedure calls and branches, repeated many times.
IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(5)


class Record:
    __slots__ = ('next', 'kind', 'enum', 'number', 'text')

    def __init__(self, nxt=None, kind=0, enum=IDENT3, number=0, text=''):
        self.next = nxt
        self.kind = kind
        self.enum = enum
        self.number = number
        self.text = text

    def copy(self):
        return Record(self.next, self.kind, self.enum, self.number, self.text)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = 'A'
        self.char2 = 'B'
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.rec = None


def choose(enum_in):
    if enum_in == IDENT1:
        return IDENT1
    if enum_in == IDENT2:
        return IDENT3
    if enum_in == IDENT3:
        return IDENT2
    return IDENT4 if enum_in == IDENT4 else IDENT5


def char_cmp(c1, c2):
    return IDENT1 if c1 != c2 else IDENT2


def str_greater(s1, s2):
    if s1[2] == s2[2]:
        return s1 > s2
    return s1[2] > s2[2]


def fill_arrays(st, i1, i2):
    loc = i1 + 5
    st.array1[loc] = i2
    st.array1[loc + 1] = st.array1[loc]
    st.array1[loc + 30] = loc
    row = st.array2[loc]
    for j in range(loc, loc + 2):
        row[j] = loc
    row[loc - 1] += 1
    st.array2[loc + 20][loc] = st.array1[loc]
    st.int_glob = 5


def update_record(st, rec):
    nxt = st.rec.copy()
    rec.next = nxt
    rec.number = 5
    nxt.number = rec.number
    nxt.next = rec.next
    if nxt.kind == 0:
        nxt.number = 6
        nxt.enum = choose(rec.enum)
        nxt.number = (nxt.number + 10) % 17
    else:
        rec.number = nxt.number
    return rec


def main(loops):
    st = State()
    st.rec = Record(None, 0, IDENT3, 40, 'DHRYSTONE PROGRAM, SOME STRING')
    rec = Record(st.rec, 0, IDENT3, 40, 'DHRYSTONE PROGRAM, SOME STRING')
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    checksum = 0
    for run in range(loops):
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        i1, i2 = 2, 3
        st.bool_glob = not str_greater(s1, s2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i1 += 1
        fill_arrays(st, i1, i3)
        rec = update_record(st, rec)
        for ch in 'AB':
            if char_cmp(ch, 'C') == IDENT1:
                checksum += ord(ch)
        i2 = i2 * i1
        i1 = i2 // i3 if i3 else 0
        i2 = 7 * (i2 - i3) - i1
        checksum = (checksum + i1 + i2 + rec.number + st.int_glob) % 1000003
    return checksum, st.array1[8], st.array2[8][7]


print(main(60000))
