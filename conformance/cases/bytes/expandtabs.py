print(b'a\tb'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\tc\nd\te'.expandtabs(3), b'\t'.expandtabs(0))
