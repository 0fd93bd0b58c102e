# Pair c25_06_jump_label_in_bytes_f_runs_on_into (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_06_jump_label_in_bytes_f_runs_on_into/a.o
# Truth: f changed, g identical.
# The same with a jump-label NOP in the unnamed bytes: target .Lt1 (A) vs
# .Lt2 (B).

.text
.globl f; .type f,@function
f: movl $1,%eax
.size f,.-f
.Lpad: .byte 0x0f,0x1f,0x44,0,0
.globl g; .type g,@function
g: ret
.size g,.-g
.section .text.unlikely,"ax"
.Lt1: movl $1,%eax
 ret
.Lt2: movl $2,%eax
 ret

.pushsection __jump_table,"aw"
 .balign 8
 .long .Lpad - .
 .long .Lt1 - .
 .quad key1 - .
.popsection
