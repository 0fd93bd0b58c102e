# Pair c17_06_alt_order_samefeat (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_06_alt_order_samefeat/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# two entries same site same feature, order swapped: last one wins (mov $2 vs mov $1)

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.text
FN f
661: movl $0,%eax
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 72f - .
 .4byte 0x70
 .byte 5
 .byte 5
 .long 661b - .
 .long 71f - .
 .4byte 0x70
 .byte 5
 .byte 5
.popsection
.pushsection .altinstr_replacement,"ax"
71: movl $1,%eax
72: movl $2,%eax
.popsection
  ret
END f

