import sys
kept = []
i = 0
while i < 300:
    kept.append(sys.intern("key_" + str(i)))
    i += 1
same = 0
i = 0
while i < 300:
    if sys.intern("key_" + str(i)) is kept[i]:
        same += 1
    i += 1
print(same, len(kept))
