class E(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise E('ignored')
except E as e:
    print(e, e.args)
