# MSR_IMM "rdmsr $0x10,%rbx" (VEX c4 e7 7b f6 /0 id, rm=rbx) writes the MSR into %rbx, then the restore
.text
.globl f; .type f,@function
f:
  pushq %rbx
  subq $16,%rsp
  movq %rsp,%rbx
  .byte 0xc4,0xe7,0x7b,0xf6,0xc3; .long 0x10
  movq %rbx,%rsp
  addq $16,%rsp
  popq %rbx
  jmp __x86_return_thunk
.size f,.-f
