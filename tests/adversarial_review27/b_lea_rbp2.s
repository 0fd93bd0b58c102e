.text
.globl f; .type f,@function
f:
  pushq %rbp
  subq $32,%rsp
  leaq 8(%rsp),%rbp
  call g
  leaq -8(%rbp),%rsp
  addq $32,%rsp
  popq %rbp
  jmp __x86_return_thunk
.size f,.-f
