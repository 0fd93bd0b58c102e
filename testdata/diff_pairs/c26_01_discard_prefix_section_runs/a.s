# Pair c26_01_discard_prefix_section_runs (a.s); class 26-kernel-discards-by-name (blind review 98, session 47)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c26_01_discard_prefix_section_runs/a.o
# Truth: f identical (it calls h by name, as in c5), h changed.
# h lies in .discardx: the kernel's linker scripts drop .discard and
# .discard.* only, so .discardx is linked in as an orphan and h runs:
# h returns 1 (A) vs 2 (B). Session 46's diff dropped every .discard*
# section (h was not compared: exit 0).
.text
.globl f
.type f,@function
f: call h
  ret
.size f,.-f
.section .discardx,"ax",@progbits
.globl h
.type h,@function
h: movl $1,%eax
  ret
.size h,.-h
