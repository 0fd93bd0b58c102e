# Pair c17_16_alt_order_diffsites (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_16_alt_order_diffsites/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: identical.
# two alternatives at different sites, entry order swapped: independent, same result

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
 .4byte 0x71
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
72: movl $1,%ecx
.popsection
  ret
END f

