.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%rbx
  vmrun %rax
  movq %rbx,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
