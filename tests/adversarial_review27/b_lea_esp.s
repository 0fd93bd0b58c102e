.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $32,%rsp
  movq %rsp,%rbx
  movq %rbx,%rsp
  subq $8,%rsp
  leaq 8(%esp),%rsp
  addq $32,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
