# Pair c17_07_alt_overlap_order (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_07_alt_overlap_order/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# overlapping alternatives ([0,10) and [5,10)) same feature, order swapped: ecx ends 2 vs 1

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
662: movl $0,%ecx
.pushsection .altinstructions,"a"
 .long 662b - .
 .long 72f - .
 .4byte 0x70
 .byte 5
 .byte 5
 .long 661b - .
 .long 71f - .
 .4byte 0x70
 .byte 10
 .byte 10
.popsection
.pushsection .altinstr_replacement,"ax"
71: movl $1,%eax
  movl $1,%ecx
72: movl $2,%ecx
.popsection
  ret
END f

