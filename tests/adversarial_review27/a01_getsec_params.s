.text
.globl f; .type f,@function
f:
  subq $24,%rsp
  movq %rsp,%rcx
  movl $6,%eax
  xorl %ebx,%ebx
  getsec
  movq %rcx,%rsp
  addq $24,%rsp
  jmp __x86_return_thunk
.size f,.-f
