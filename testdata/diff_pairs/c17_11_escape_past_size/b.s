# Pair c17_11_escape_past_size (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_11_escape_past_size/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# &tbl (size 4) passed to memcpy(...,16); bytes 12..15 after the symbol differ

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.section .rodata
.type tbl,@object
tbl: .long 1
.size tbl,4
 .long 2,3,5
.text
FN f
  leaq tbl(%rip),%rsi
  movl $16,%edx
  jmp memcpy
END f

