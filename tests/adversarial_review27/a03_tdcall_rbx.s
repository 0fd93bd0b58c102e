.text
.globl f; .type f,@function
f:
  subq $24,%rsp
  movq %rsp,%rbx
  tdcall
  movq %rbx,%rsp
  addq $24,%rsp
  jmp __x86_return_thunk
.size f,.-f
