# Pair c17_02_pad_nop_vs_int3_out (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_02_pad_nop_vs_int3_out/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# as above but padding outside f symbol size

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
  call foo
.size f, .-f
  .byte 0x90,0x90,0x90
FN g
  movl $7,%eax
  ret
END g

