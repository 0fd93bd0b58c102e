// helper (compiled) tail-jumps to helper2, a third input's.
.text
.globl helper
.type helper,@function
helper: jmp helper2
.size helper,.-helper
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
