// ext_fn keeps the calling convention: a near ret.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl ext_fn; .type ext_fn,@function
ext_fn: ret
 .size ext_fn,.-ext_fn
COMMENT
