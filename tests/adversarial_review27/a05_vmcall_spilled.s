.text
.globl f; .type f,@function
f:
  subq $24,%rsp
  movq %rsp,%rax
  movq %rax,8(%rsp)
  vmcall
  movq 8(%rsp),%rcx
  movq %rcx,%rsp
  addq $24,%rsp
  jmp __x86_return_thunk
.size f,.-f
