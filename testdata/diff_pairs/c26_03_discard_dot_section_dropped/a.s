# Pair c26_03_discard_dot_section_dropped (a.s); class 26-kernel-discards-by-name (blind review 98, session 47)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c26_03_discard_dot_section_dropped/a.o
# Truth: f identical.
# The control: what differs lies in .discard.notes, which the kernel's
# linker scripts drop (COMMON_DISCARDS: *(.discard.*)); f is the same.
.text
.globl f
.type f,@function
f: movl $7,%eax
  ret
.size f,.-f
.section .discard.notes,"a",@progbits
.quad 1
