# APX NDD: addq $0,%rbx,%rsp writes rsp from rbx (copy) - a restore in NDD form
.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%rbx
  addq $0,%rbx,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
