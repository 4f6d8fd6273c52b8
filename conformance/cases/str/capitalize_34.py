print('abc'.capitalize(), 'ABC'.capitalize(), ''.capitalize(), '1a'.capitalize(), 'hELLO wORLD'.capitalize())
