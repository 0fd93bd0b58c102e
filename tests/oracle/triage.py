#!/usr/bin/python3
"""Tag kept failures by the constructs present in the violating function (jump table,
__ex_table, alternatives, pop %rsp) to group violations into likely root causes."""
import re
import sys
import glob
import os

def func_text(src, fn):
    m = re.search(r'^%s:\n(.*?)\t\.size %s,' % (re.escape(fn), re.escape(fn)), src, re.S | re.M)
    return m.group(1) if m else ''

def tags(body):
    t = []
    if 'jmp *' in body:
        t.append('jump-table')
    if '__ex_table' in body:
        t.append('ex_table')
    if '.altinstructions' in body:
        t.append('alternatives')
    if 'pop %rsp' in body:
        t.append('pop-rsp')
    return t

def main():
    from collections import Counter
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'failures')
    c = Counter()
    for txt in sorted(glob.glob(os.path.join(d, '*.txt'))):
        src = open(txt[:-4] + '.S').read()
        for line in open(txt):
            m = re.match(r'VIOLATION \[([^\]]+)\] \[[^\]]*\] (\S+) (\S+)\+0x([0-9a-f]+) \(([^,]+), ([^)]+)\)', line)
            if not m:
                continue
            cls, f, fn, off, kind, var = m.groups()
            tg = tags(func_text(src, fn))
            c[(cls, var, '+'.join(tg) or 'none')] += 1
            print('%-38s %-13s %-9s %-7s %-32s %s' % (cls, f, fn, '+0x' + off, var, ','.join(tg)))
    print()
    for k, v in c.most_common():
        print(v, k)


if __name__ == '__main__':
    main()
