// g calls h with a 6-byte cs call (2e e8 rel32) that .call_sites lists.
// With call depth tracking the kernel writes a 5-byte call to h's thunk
// over it (callthunks.c patch_call: CALL_INSN_SIZE): the call's last byte,
// ff, then runs with cmc's f5 as push %rbp.
.text
.globl g
.type g,@function
g: push %rbx
  mov %rsp,%rbx
1: .byte 0x2e,0xe8
  .long h - . - 4
  cmc
  mov %rbx,%rsp
  pop %rbx
  ret
.size g,.-g
.section .call_sites,"a"
  .long 1b - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
