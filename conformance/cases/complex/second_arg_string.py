complex(1, '2')
