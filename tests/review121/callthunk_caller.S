// A call to h that .call_sites lists.
.text
.globl caller
.type caller,@function
caller:
1: call h
  ret
.size caller,.-caller
.pushsection .call_sites,"a"
.long 1b - .
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
