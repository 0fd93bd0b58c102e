// hm1 is one nop at h-1, after 8 nops of padding: it falls into h's ret.
// With call depth tracking, a call to h (callthunk_caller.o's, listed in
// .call_sites) makes the kernel write its 9-byte thunk over [h-9, h)
// (callthunks.c patch_dest: the bytes are all nops): hm1 then holds the
// thunk's last byte, 05, an add $imm32 that swallows h's first 4 bytes,
// and execution goes on at h+4: ret $8.
.text
.globl d0
.type d0,@function
d0: ret
.size d0,.-d0
  .fill 8,1,0x90
.globl hm1
.type hm1,@function
hm1: nop
.size hm1,1
.globl h
.type h,@function
h: ret
  int3; int3; int3
  ret $8
.size h,.-h
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
