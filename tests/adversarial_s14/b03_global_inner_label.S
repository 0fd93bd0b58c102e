# A global label inside f: any object may jump there (`jmp f_inner` with %rsp
# 8 below %rax), and f's restore then moves %rsp by +8.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
.globl f_inner
f_inner:
  mov %rax,%rsp
  ret
.size f, .-f
