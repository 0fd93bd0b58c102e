// A call to hm1+1 listed in .call_sites.
.text
.globl caller
.type caller,@function
caller:
1: call hm1+1
  ret
.size caller,.-caller
.section .call_sites,"a"
  .long 1b - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
