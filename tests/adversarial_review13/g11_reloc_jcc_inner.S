# conditional intra-function jump written against a global label inside f (rel32 + relocation)
# EMU: {"rdi":0}
# EMU: {"rdi":1}
.text
.globl f; .type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
  test %rdi,%rdi
  jz f_push
1:
  mov -8(%rbp),%rsp
  leave
  ret
.globl f_push
f_push:
  push %rdx
  jmp 1b
.size f, .-f
