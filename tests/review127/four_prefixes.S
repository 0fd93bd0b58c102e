// The control: es cs ss add $0x1234,%ax (three distinct prefixes and 66),
// which the kernel's decoder reads as the CPU does, and a lea with no 90
// bytes: the claim stands.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
1: .byte 0x26,0x2e,0x36,0x66,0x05,0x34,0x12
  .byte 0x48,0x8d,0x50,0x10
2:
  mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.pushsection .altinstr_replacement,"ax"
4: .byte 0x26,0x2e,0x36,0x66,0x05,0x34,0x12
  .byte 0x48,0x8d,0x50,0x10
5:
.popsection
.pushsection .altinstructions,"a"
  .long 1b - .
  .long 4b - .
  .short 117
  .short 1
  .byte 2b-1b
  .byte 5b-4b
.popsection
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
