// hm1 starts with a nop after 8 nops of d0's: the 9 bytes before hm1+1
// are nops. A call to hm1+1 that the kernel sends through a call-depth
// thunk (callthunks.c patch_dest) writes the 9-byte thunk there: hm1's
// first byte becomes 05, an add $imm32 over its ret and int3s, and hm1
// runs on into ret $8.
.text
.globl d0
.type d0,@function
d0: ret
  .byte 0x90,0x90,0x90,0x90,0x90,0x90,0x90,0x90
.size d0,.-d0
.globl hm1
.type hm1,@function
hm1: nop
  ret
  int3; int3; int3
  ret $8
.size hm1,.-hm1
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
