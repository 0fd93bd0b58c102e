# Pair c17_15_rodata_global_unread (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_15_rodata_global_unread/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# global const tbl 5 vs 6 defined here, read only by other objects

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.section .rodata
.globl tbl
.type tbl,@object
tbl: .long 5
.size tbl,4
.text
FN f
  movl $1,%eax
  ret
END f

