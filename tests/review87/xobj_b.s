 .text
 .globl helper
 .type helper,@function
helper:
 ret
 .size helper,.-helper
 .section .rodata.str1.1,"aMS",@progbits,1
.Lfile: .asciz "b.c"
 .pushsection __bug_table,"aw"
9: .long jumper_ud2 - .
 .long .Lfile - .
 .word 7
 .word 1
 .org 9b + 12
 .popsection
 .section .comment,"MS",@progbits,1
 .asciz "clang version 19.1.7"
 .section .note.GNU-stack,"",@progbits
