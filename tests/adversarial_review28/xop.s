# AMD XOP vphaddbd (8f e9 78 c2 c1): LLVM/rspill decode it; objtool's decoder does not (8f = pop group) and
# mis-decodes the following bytes as a jump
.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%rbx
  .byte 0x8f,0xe9,0x78,0xc2,0xc1
  movq %rbx,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
