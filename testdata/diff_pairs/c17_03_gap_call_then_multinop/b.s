# Pair c17_03_gap_call_then_multinop (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_03_gap_call_then_multinop/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# f = call foo (returns) then gap 0f 1f 44 00 00 (5-byte nop) vs 5x int3, then g

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
  
.byte 0xcc,0xcc,0xcc,0xcc,0xcc
FN g
 ret
END g

