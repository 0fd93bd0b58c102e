// Object Y: B = 90 (the site's second byte); push %rbx; mov %rsp,%rbx; ...
// Patched first byte 8b: "8b 53 48" = mov 0x48(%rbx),%edx, then "89 e3" =
// mov %esp,%ebx: the copy keeps only 32 bits of %rsp.

.section .text,"ax",@progbits
.globl B
.type B,@function
B: .byte 0x90
  push %rbx
  mov %rsp,%rbx
  call ext
  mov %rbx,%rsp
  pop %rbx
  ret
.size B, .-B
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
