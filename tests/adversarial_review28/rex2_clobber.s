# REX2-encoded (APX) "movq %rdi,%rbx" clobbers the %rsp copy in %rbx; the restore follows immediately
.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%rbx
  {rex2} movq %rdi,%rbx
  movq %rbx,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
