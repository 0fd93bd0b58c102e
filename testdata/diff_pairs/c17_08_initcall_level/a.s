# Pair c17_08_initcall_level (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_08_initcall_level/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# f registered in .initcall6.init (device) vs .initcall7.init (late): boot ordering differs

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.section .init.text,"ax",@progbits
FN f
  xorl %eax,%eax
  ret
END f
.section .initcall6.init,"a"
 .long f - .

