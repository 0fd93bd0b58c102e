// helper in a COMDAT group that returns with ret $8.
.section .text.helper,"axG",@progbits,helper,comdat
.globl helper
.type helper,@function
helper: ret $8
.size helper, .-helper
