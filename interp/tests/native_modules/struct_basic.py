import struct

print(struct.calcsize("i"), struct.calcsize("<qh"), struct.calcsize("bi"), struct.calcsize("@3s2h"))
print(struct.pack("<i", 1), struct.pack(">h", -2), struct.pack("bi", 1, 2))
print(struct.pack("<3s?c", b"ab", True, b"z"))
print(struct.unpack("<ihb", b"\x01\x00\x00\x00\xff\xff\x05"))
print(struct.unpack(">d", struct.pack(">d", 2.5)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("5p", struct.pack("5p", b"hello world")))
print(struct.unpack_from("<h", b"\x00\x01\x02", 1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
ba = bytearray(6)
struct.pack_into("<hh", ba, 2, 7, 8)
print(ba)
s = struct.Struct("<iq")
print(s.size, s.pack(1, 2), s.unpack(s.pack(-1, -2)))
for f, args in [("b", [200]), ("B", [-1]), ("i", [2**40]), ("<i", [2**31]), ("i", ["x"]), ("d", ["x"]), ("c", [b"ab"]),
                ("s", [1]), ("ii", [1]), ("zz", []), ("<I", [2**32]), ("3", [])]:
    try:
        print(struct.pack(f, *args))
    except struct.error as e:
        print("struct.error", e)
# unpack_from on a short buffer: 3.4 says "unpack_from requires a buffer of at least 4 bytes" (3.11 says more); not compared
print(issubclass(struct.error, Exception))
