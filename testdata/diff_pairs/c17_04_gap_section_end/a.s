# Pair c17_04_gap_section_end (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_04_gap_section_end/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# f falls through (no ret) into section-tail padding: 0f 1f 00 (nop, continues into next linked object) vs int3 x3

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.text
.globl f
.type f,@function
f:
  movl $1,%eax
.size f, .-f
  .byte 0x0f,0x1f,0x00

