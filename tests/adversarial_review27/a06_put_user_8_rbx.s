.text
.globl f; .type f,@function
f:
  pushq %rbx
  pushq %r12
  subq $8,%rsp
  movq %rsp,%rbx
  call __put_user_8
  movq %rbx,%rsp
  addq $8,%rsp
  popq %r12
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
