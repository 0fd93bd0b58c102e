# Pair c25_03_exception_fixup_on_out_of_line_code (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_03_exception_fixup_on_out_of_line_code/a.o
# Truth: f changed.
# The same with an __ex_table entry on a load in the out-of-line code: its
# fixup is .Lt1 (A) vs .Lt2 (B).

.text
.globl f; .type f,@function
f: testl %edi,%edi
 jne .Lcold
 ret
.size f,.-f
.section .text.unlikely,"ax"
.Lcold: movl $1,%eax
661: movl (%rdi),%ecx
 ret
.section .text.other,"ax"
.Lt1: movl $1,%eax
 ret
.Lt2: movl $2,%eax
 ret

.pushsection __ex_table,"a"
 .long 661b - .
 .long .Lt1 - .
 .long 0
.popsection
