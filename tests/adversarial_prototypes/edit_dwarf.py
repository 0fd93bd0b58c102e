#!/usr/bin/python3
"""Hand-edit compiler-generated DWARF (assembly output) so that a function's
DW_TAG_subprogram describes a different function's code.

  edit_dwarf.py clang lowpc.s lowpc_edited.s
      clang-19 -S output of lowpc.c (DWARF 5): one()'s DW_AT_low_pc (an
      address-table index) -> a new .debug_addr entry holding `evil`,
      DW_AT_high_pc -> 10 (evil's size), DW_AT_name "one" -> "evil".
  edit_dwarf.py gcc lowpc_gcc.s lowpc_gcc_edited.s
      gcc -S output of lowpc_gcc.c: one()'s DIE gets name "evl" (same length,
      so no DIE offset moves), DW_AT_low_pc evl, DW_AT_high_pc 10.
"""
import sys
kind, src, dst = sys.argv[1:4]
s = open(src).read()
if kind == "clang":
    L = s.split("\n"); out = []; done = 0
    for k, l in enumerate(L):
        if k > 0 and "Abbrev [2] 0x27" in L[k-1] and "DW_AT_low_pc" in l:
            out.append("\t.byte\t5\t# DW_AT_low_pc (EDITED: was index 0 = one)"); done += 1; continue
        if k > 1 and "Abbrev [2] 0x27" in L[k-2] and "DW_AT_high_pc" in l:
            out.append("\t.long\t10\t# DW_AT_high_pc (EDITED: evil's size)"); done += 1; continue
        if l.strip() == ".quad\t.Ltmp11":
            out += [l, "\t.quad\t.Levil_l\t# EDITED: address index 5 = evil"]; done += 1; continue
        if l.startswith("\t.asciz\t\"one\""):
            out.append("\t.asciz\t\"evil\"\t# EDITED: was \"one\""); done += 1; continue
        if l == "evil:":
            out += [l, ".Levil_l:\t# EDITED: local label for the DWARF address"]; done += 1; continue
        out.append(l)
    assert done == 5, done
    s = "\n".join(out)
else:
    old = '\t.string\t"one"\n\t.byte\t0x1\n\t.byte\t0x7\n\t.byte\t0xc\n\t.quad\t.LFB0\n\t.quad\t.LFE0-.LFB0\n'
    assert s.count(old) == 1
    s = s.replace(old, '\t.string\t"evl"\t# EDITED: was "one"\n\t.byte\t0x1\n\t.byte\t0x7\n\t.byte\t0xc\n'
                       '\t.quad\tevl\t# EDITED: was .LFB0 (one)\n\t.quad\t10\t# EDITED: was .LFE0-.LFB0; evl is 10 bytes\n')
open(dst, "w").write("# EDITED by edit_dwarf.py from %s\n" % src + s)
