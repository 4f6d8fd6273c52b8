def setup():
    global config
    config = {'debug': True}
def use():
    return config['debug']
setup()
print(use())
