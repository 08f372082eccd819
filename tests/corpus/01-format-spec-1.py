# chapter: 1
# format(): the mini-language for int, float, str and bool, with CPython's ValueErrors
tests = [(1,'q'),(1,'.2'),(1,',,'),(1,',_'),(1,'_,'),('a','+'),('a','#'),('a','='),('a',','),(1,'+c'),(1,',c'),(1,',x'),(1.5,'x'),(1.5,'c'),('a','d'),(1,'abc'),(1,'.'),(1,'10.'),(1,'<<<'),(True,'s'),(1,'z'),(1.5,'z'),(1,'#c'),(-1,'c'),(1099511627776,'c'), (1.5, ',.2n'), (1, ',n'),(1,'_b'),(1,',b'),(1.0,'_e'),(1, '99999999999999999999'),(1,'.99999999999999999999f'),(1.5,'.99999999999999999999f'), ('x', 'z')]
for v, s in tests:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
print(format(1234,'09,'), format(1234,'08,'), format(1234,'010,'),format(-1234,'010,'), format(1234,'0=+10_'), format(12345678, '012_x'))
print(format(1.0,'.3'), format(1234.5,'.2'), format(1e16,''), format(0.1,'<10'), format(1.0,'g'), format(1e-5,''), format(12345.678,',.2f'), format(float('nan'),'010'), format(float('inf'),'010.2f'), format(-0.0,'z.1f'))
print(format(255,'#x'), format(255,'#o'), format(255,'#b'), format(255,'#X'), format(-255,'#010x'), format(65,'c'), format(3,'n'), format(1e10, 'n'))
print(format(12.0,'#'), format(12.0, '#.3'), format(1e20, '.3'), format(123.456, '.0f'), format(2.5,'.0f'), format(0.5,'.0e'), format(1.5, 'G'), format(1e-10, 'G'), format(1.5,'E'))
