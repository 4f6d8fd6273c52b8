# attack: tampering with sys.modules and builtins stays inside this evaluation
# expect: ok  limits: wall=1
# stdout: "fake os -1\n"
import sys, builtins
sys.modules['math'] = 'poisoned'
sys.modules['os'] = 'fake os'
sys.tamper_mark = 1
builtins.len = lambda x: -1
builtins.KAA_TAMPERED = True
import os
print(os, len([1, 2]))
