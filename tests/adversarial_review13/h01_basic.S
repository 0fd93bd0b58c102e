# EMU: {}
.text
.globl f; .type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
  nop
  mov -8(%rbp),%rsp
  add $16,%rsp
  pop %rbp
  ret
.size f, .-f
