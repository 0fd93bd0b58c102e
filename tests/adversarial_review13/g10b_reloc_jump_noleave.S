# like g10, but the epilogue relies on the restore (add/pop instead of leave)
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
  jnz 1f
  jmp f_push
1:
  mov -8(%rbp),%rsp
  add $16,%rsp
  pop %rbp
  ret
.globl f_push
f_push:
  push %rdx
  jmp 1b
.size f, .-f
