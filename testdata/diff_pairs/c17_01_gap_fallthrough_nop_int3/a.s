# Pair c17_01_gap_fallthrough_nop_int3 (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_01_gap_fallthrough_nop_int3/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# f = mov $1,%eax with no ret (falls through); gap outside symbols: 3x nop (reach g, ret 7) vs 3x int3 (trap)

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
  .byte 0x90,0x90,0x90
FN g
  movl $7,%eax
  ret
END g

