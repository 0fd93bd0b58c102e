# Pair c25_04_bug_flags_on_out_of_line_code (a.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c25_04_bug_flags_on_out_of_line_code/a.o
# Truth: f changed.
# The same with a __bug_table entry on a ud2 in the out-of-line code: flags
# 1 (WARN, continue) in A, 0 (BUG) in B.

.text
.globl f; .type f,@function
f: testl %edi,%edi
 jne .Lcold
 ret
.size f,.-f
.section .text.unlikely,"ax"
.Lcold: 661: ud2
 ret
.pushsection __bug_table,"aw"
 .long 661b - .
 .long 0
 .word 42
 .word 1
.popsection
