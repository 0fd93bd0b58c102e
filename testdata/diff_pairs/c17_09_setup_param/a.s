# Pair c17_09_setup_param (a.s); class 17-blind-review-15
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c17_09_setup_param/a.o
#
# From the blind review of diff's 'identical' (session 15), where rspill
# called this pair identical. Truth: changed.
# __setup("foo=") vs __setup("bar="): f handles a different boot parameter

.macro FN name
.globl \name
.type \name,@function
\name:
.endm
.macro END name
.size \name, .-\name
.endm
.section .init.rodata,"a"
.Lstr: .asciz "foo="
.section .init.text,"ax",@progbits
FN f
  xorl %eax,%eax
  ret
END f
.section .init.setup,"aw"
 .balign 8
 .quad .Lstr, f
 .long 0

