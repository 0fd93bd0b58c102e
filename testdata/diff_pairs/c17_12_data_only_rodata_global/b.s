# Pair c17_12_data_only_rodata_global (b.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c17_12_data_only_rodata_global/b.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# object defines only a global const table (like lib/ctype.o _ctype) read by other objects: byte 2 is 3 vs 4

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.section .rodata
.globl _ctype
.type _ctype,@object
_ctype: .byte 1,2,4,4
.size _ctype,4

