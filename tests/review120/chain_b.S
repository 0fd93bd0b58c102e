// helper (compiled, by its .comment) calls helper2, a third input's.
.text
.globl helper
.type helper,@function
helper: push %rbp
  call helper2
  pop %rbp
  ret
.size helper,.-helper
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
