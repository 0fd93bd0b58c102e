// t has no .cfi_sites preamble: the 16 bytes before it are d0's
// endbr64; ret $8.
.text
.globl d0
.type d0,@function
d0: endbr64
  ret $8
  .fill 9,1,0xcc
.size d0,.-d0
.globl t
.type t,@function
t: ret
.size t,.-t
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
