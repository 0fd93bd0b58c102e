// A static call whose trampoline and key reach hm1+1
// (callthunks_translate_call_dest when static calls are set up again).
.text
.globl caller
.type caller,@function
caller:
1: call __SCT__bar
  ret
.size caller,.-caller
.globl __SCT__bar
.type __SCT__bar,@function
__SCT__bar: .byte 0xe9; .long hm1+1 - (. + 4); .byte 0x0f,0xb9,0xcc
.size __SCT__bar,.-__SCT__bar
.section .static_call_sites,"a"
  .long 1b - .
  .long __SCK__bar - .
.data
.globl __SCK__bar
__SCK__bar: .quad hm1+1, 1
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
