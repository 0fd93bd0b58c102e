// Shared by the cases: SITE is a static key's 5-byte site (a nop; with
// -DTAKEN the jump the kernel patches in), JTE its __jump_table entry,
// COMMENT the .comment that makes rspill read the object as compiled code.
#define NOP5 .byte 0x0f,0x1f,0x44,0x00,0x00
#ifdef TAKEN
#define SITE(lbl, tgt) lbl: .byte 0xe9; .long tgt - . - 4
#else
#define SITE(lbl, tgt) lbl: NOP5
#endif
#define JTE(site, tgt, key) .pushsection __jump_table,"aw"; .balign 8; .long site - .; .long tgt - .; .quad key - .; .popsection
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
