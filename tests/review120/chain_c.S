// helper2: a 5-byte NOP and a return, as compiled.
.text
.globl helper2
.type helper2,@function
helper2: .byte 0x0f,0x1f,0x44,0,0
  ret
.size helper2,.-helper2
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
