// The same bytes as the replacement of a site whose feature is present:
// the kernel copies them in and runs optimize_nops on them too.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
1: .byte 0x0f,0x1f,0x84,0,0,0,0,0, 0x0f,0x1f,0x80,0,0,0,0
2:
  mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.pushsection .altinstr_replacement,"ax"
4: .byte 0x26,0x2e,0x36,0x3e,0x66,0x05,0x34,0x12
  .byte 0x48,0x8d,0x90,0x90,0xc0,0xd2,0xd3
5:
.popsection
.pushsection .altinstructions,"a"
  .long 1b - .
  .long 4b - .
  .short 117
  .short 0
  .byte 2b-1b
  .byte 5b-4b
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
