// The control: hm1 starts with a nop after only 7 nops of d0's, so 8
// nops precede hm1+1, fewer than the 9-byte thunk (callthunks.c
// patch_dest writes it only where all the bytes it covers are nops): no
// call can have it written over hm1.
.text
.globl d0
.type d0,@function
d0: ret
  .byte 0x90,0x90,0x90,0x90,0x90,0x90,0x90
.size d0,.-d0
.globl hm1
.type hm1,@function
hm1: nop
  ret
  int3; int3; int3
  ret $8
.size hm1,.-hm1
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
