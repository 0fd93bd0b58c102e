// A tail static-call site that is a Jcc.d32 (0f 8x rel32) gets 6 bytes
// from the kernel (static_call.c __static_call_transform, case JCC), not 5:
// the rel32's high byte is victim's first byte.

.text
.globl prev
.type prev,@function
prev:
  movabs $0x0000850f00000000, %rax # imm64 ends with 0f 85 00 00 (the site: jne rel32)
  ret # c3 = rel32 byte 3; victim+0 (ff) = high byte
.size prev, .-prev
.globl victim
.type victim,@function
victim:
  .byte 0xff, 0xf4 # push %rsp (patched high byte 00: add %dh,%ah)
  pop %rsp # restore
  ret
.size victim, .-victim
.pushsection .static_call_sites,"aw"
  .long prev + 6 - . # site: 0f 85 00 00 c3 ff
  .long __SCK__foo + 1 - . # tail site
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
