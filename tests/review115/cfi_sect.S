// A .cfi_sites entry names "b8 hash" (kCFI's preamble mov) 5 bytes before B.
// With FineIBT (cfi=fineibt / auto on an IBT CPU) cfi_rewrite_preamble writes
// the 16-byte preamble there (f3 0f 1e fa 41 | 81 ea H H H H 74 03 0f 0b 90):
// B's first 11 bytes become "sub $hash,%edx; je B+11; ud2; nop", so
// "push %rbx; mov %rsp,%rbx" is gone and the restore writes the caller's %rbx.
// mode=sect

.section .text.A,"ax",@progbits
.globl A
.type A,@function
A: nop
  ret
cfisite: .byte 0xb8; .long 0x11223344
.size A, .-A
.section .text.B,"ax",@progbits
.globl B
.type B,@function
B: push %rbx
  mov %rsp,%rbx
  .byte 0x0f,0x1f,0x80,0,0,0,0
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .cfi_sites,"a",@progbits
.long cfisite - .
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
