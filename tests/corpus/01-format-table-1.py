# chapter: 1
# a report formatted three ways: f-strings, str.format, % with a dict
rows = [('widget', 3, 2.5), ('gadget', 12, 10.0), ('doohickey', 1, 1234.5678)]
print(f"{'item':<10}|{'qty':>5}|{'price':>10}")
print('-' * 27)
total = 0
for item, qty, price in rows:
    total = total + qty * price
    print(f'{item:<10}|{qty:>5d}|{price:>10,.2f}')
print(f'{"total":<10}|{"":>5}|{total:>10,.2f}')
for item, qty, price in rows:
    print('{0:^12}{1:03d}{2:+.1e}'.format(item, qty, price))
    print('{name!r:>12} {n:#06x}'.format(name=item, n=qty))
for item, qty, price in rows:
    print('%(item)-10s %(qty)3d %(price)9.3f' % {'item': item, 'qty': qty, 'price': price})
print('%5.1f%%' % 99.44, '%-6s|' % 'ab', '%+05d' % 42, '%x %X %o %#o' % (255, 255, 8, 8))
print('{:=^20}'.format(' done '), '{:*>+8.2f}'.format(3.14159), format(0.25, '.0%'))
