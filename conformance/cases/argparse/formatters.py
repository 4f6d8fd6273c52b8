import argparse
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    p = argparse.ArgumentParser(prog='f', formatter_class=cls, add_help=False,
                                description='line one\n    indented line two\n\nparagraph')
    g = p.add_argument_group('args')
    g.add_argument('--num', type=int, default=5, help='a number\n  with a second line')
    g.add_argument('--name', type=str, default='x', help='a name')
    g.add_argument('count', type=int, nargs='?', default=1, help='positional count')
    print('=====', cls.__name__)
    p.print_help()
