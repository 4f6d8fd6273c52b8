class F:
    def __float__(self):
        return 2.5
print('%.2f %e %g' % (F(), F(), F()))
