.text
.globl f; .type f,@function
f:
  pushq %rbx
  pushq %r12
  subq $8,%rsp
  movq %rsp,%r12
  call __put_user_8
  movq %r12,%rsp
  addq $8,%rsp
  popq %r12
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
