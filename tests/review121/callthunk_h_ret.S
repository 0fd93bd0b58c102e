// The control: hm1 is a ret right before h, no nops between: the thunk
// has no padding to be written over before h.
.text
.globl hm1
.type hm1,@function
hm1: ret
.size hm1,1
.globl h
.type h,@function
h: ret
.size h,.-h
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
