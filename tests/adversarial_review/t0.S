.text
.globl f0; .type f0,@function
f0:
  push %rbx
  sub $0x28,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  call ext
  mov 8(%rsp),%rsp
  add $0x28,%rsp
  pop %rbx
  ret
.size f0,.-f0
