# Pair c17_10_inner_label_moved (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_10_inner_label_moved/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# global NOTYPE inner label (SYM_INNER_LABEL) inside f at +0 vs +5: external jumps to inner skip mov $1 in B

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
  movl $1,%eax
.globl inner
inner:
  movl $2,%ecx
  ret
END f

