# Pair c17_05_alt_order (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_05_alt_order/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# ALTERNATIVE_2: two entries for the same site; order swapped (last applicable wins when CPU has both features)

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
6641:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 71f - .
 .4byte 0x70
 .byte 6641b-661b
 .byte 5
 .long 661b - .
 .long 72f - .
 .4byte 0x71
 .byte 6641b-661b
 .byte 5
.popsection
.pushsection .altinstr_replacement,"ax"
71: movl $1,%eax
72: movl $2,%eax
.popsection
  ret
END f

