// The same cs call at an .altinstructions site whose replacement is never
// applied (ALT_FLAG_NOT with X86_FEATURE_LM): patch_alt_call_sites
// rewrites the call that is still there.
.text
.globl g2
.type g2,@function
g2: push %rbx
  mov %rsp,%rbx
1: .byte 0x2e,0xe8
  .long h - . - 4
2: cmc
  mov %rbx,%rsp
  pop %rbx
  ret
.size g2,.-g2
.section .altinstr_replacement,"ax"
3: .byte 0x66,0x0f,0x1f,0x44,0x00,0x00
4:
.section .altinstructions,"a"
  .long 1b - .
  .long 3b - .
  .long (1 << 16) | (1*32+29)
  .byte 2b-1b
  .byte 4b-3b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
