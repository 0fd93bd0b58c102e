// hm1 (compiled) and a call to hm1+1 the assembler resolved itself (no
// relocation), listed in .call_sites: the kernel writes its call-depth
// thunk over the 9 nops before hm1+1 (callthunks.c call_get_dest decodes
// the call), hm1's first byte among them. thunk_g.o (tests/review122)
// calls hm1 from another input.
.text
.globl d0
.type d0,@function
d0: ret
  .fill 8,1,0x90
.size d0,.-d0
.globl hm1
.type hm1,@function
hm1: nop
.Lin: ret
  int3; int3; int3
  ret $8
.size hm1,.-hm1
.globl caller
.type caller,@function
caller: push %rbp
  mov %rsp,%rbp
1: call .Lin
  pop %rbp
  ret
.size caller,.-caller
.section .call_sites,"a"
  .long 1b - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
