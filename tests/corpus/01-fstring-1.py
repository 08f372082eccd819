# chapter: 1
# f-strings: conversions, nested specs, '=', concatenation, quotes inside
x = 42
d = {'k': 'v', 'n': 7}
s = 'héllo'
w = 10
print(f'{d["k"]}', f"{d['n']:>4}", f'{s!a}', f'{s!r:^12}|', f'{3.14159:.{2}f}')
print('a' f'{x}' 'b', f'{x}' f'{x}', rf'\n{x}', fr'\t{x}\n')
print(f'''multi
{x:>{w}}
line''')
print(f'{x=}', f'{x = }', f'{x=:>5}', f'{x=!s}', f'{ x }', f'{x!r}', f'{s=!a}')
print(f'{x:#x} {x:b} {x:o} {x:e} {x:%} {x:,} {x:_b}', f'{1234567.891:,.2f}')
print(f'{"nested"}', f'{"{"}', f'{{x}}', f'{{{x}}}', f'{d}')
print(f'{x:{"<"}{w}}|', f'{x!s:{w}}|', f'{s:.2}', f'{s:*^9}')
t = (1, 2)
print(f'{t}', f'{t[0]}{t[1]}', f'{x, x}', f'{x+1}', f'{-x:+}', f'{x==42}', f'{x!=1}', f'{x>=1}')
print(f'{"a" "b"}', f'{len(s)}', f'{s.upper()}', f'{d.get("k")}')
y = 'interned'
print(f'{y}' is y, f'' == '', type(f''), f'{x}' == '42')
