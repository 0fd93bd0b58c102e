.text
.globl f; .type f,@function
f:
  subq $32,%rsp
  movq %rsp,(%rsp)
  popw %sp
  addq $32,%rsp
  jmp __x86_return_thunk
.size f,.-f
