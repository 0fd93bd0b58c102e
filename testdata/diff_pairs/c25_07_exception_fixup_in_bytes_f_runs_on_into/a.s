# Pair c25_07_exception_fixup_in_bytes_f_runs_on_into (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_07_exception_fixup_in_bytes_f_runs_on_into/a.o
# Truth: f changed, g identical.
# The same with an __ex_table entry on a load in the unnamed bytes: fixup
# .Lt1 (A) vs .Lt2 (B).

.text
.globl f; .type f,@function
f: movl $1,%eax
.size f,.-f
.Lpad: movl (%rdi),%ecx
.globl g; .type g,@function
g: ret
.size g,.-g
.section .text.unlikely,"ax"
.Lt1: movl $1,%eax
 ret
.Lt2: movl $2,%eax
 ret

.pushsection __ex_table,"a"
 .long .Lpad - .
 .long .Lt1 - .
 .long 0
.popsection
