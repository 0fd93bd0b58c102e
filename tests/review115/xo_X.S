// Object X (link before F_xo_Y.o): its .text ends with the first byte (66)
// of a 2-byte static-key site; the second byte (90, x86_nops[2] = 66 90) is
// the first byte of Y's B. Enabling the key, jump_label writes "eb 8b"
// (jmp tgt, rel8 = tgt - (site+2) = -117) -> B's first byte becomes 0x8b.

.section .text,"ax",@progbits
.globl A
.type A,@function
A:
  .rept 8
  nop
  .endr
tgt:
  .rept 114
  nop
  .endr
  ret
.size A, .-A
site: .byte 0x66
.pushsection __jump_table,"aw"; .balign 8; .long site - .; .long tgt - .; .quad key - .; .popsection
.data
.globl key
key: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
