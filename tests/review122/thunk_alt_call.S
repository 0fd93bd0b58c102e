// The call to hm1+1 is an .altinstructions site (patch_alt_call_sites
// sends it through the thunk too).
.text
.globl caller
.type caller,@function
caller:
1: call hm1+1
2: ret
.size caller,.-caller
.section .altinstr_replacement,"ax"
3: .byte 0x0f,0x1f,0x44,0x00,0x00
4:
.section .altinstructions,"a"
  .long 1b - .
  .long 3b - .
  .4byte 0x0012
  .byte 2b-1b
  .byte 4b-3b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
