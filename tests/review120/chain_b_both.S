// helper (compiled) calls helper2 of the same input, 64 bytes on: out of
// reach of a patch at helper's own bytes; chain_d.o patches helper2.
.text
.globl helper
.type helper,@function
helper: push %rbp
  call helper2
  pop %rbp
  ret
.size helper,.-helper
.skip 64, 0xcc
.globl helper2
.type helper2,@function
helper2: .byte 0x0f,0x1f,0x44,0,0
  ret
.size helper2,.-helper2
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
