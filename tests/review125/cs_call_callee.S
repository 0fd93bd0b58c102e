// h, after the 16 nops of call padding the compiler leaves before every
// function (-fpatchable-function-entry=16,16).
.text
  .fill 16,1,0x90
.globl h
.type h,@function
h: ret
.size h,.-h
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
