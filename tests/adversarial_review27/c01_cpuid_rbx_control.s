.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%r12
  cpuid
  movq %r12,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
