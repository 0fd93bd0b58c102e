// Shared by the cases (blind review 141): COMMENT marks compiled code; ALTENT is
// 6.12's struct alt_instr (s32 instr, s32 repl, u32 ft_flags, u8 instrlen, u8 replacementlen).
#define ALTENT(orig, olen, repl, rlen, feat) .pushsection .altinstructions,"a"; .long orig - .; .long repl - .; .long feat; .byte olen; .byte rlen; .popsection
#define FALWAYS (3*32+21)
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
// A static key's 5-byte site (a NOP; the kernel patches in the jump) and its
// __jump_table entry.
#define NOP5 .byte 0x0f,0x1f,0x44,0x00,0x00
#define SITE(lbl, tgt) lbl: NOP5
#define JTE(site, tgt, key) .pushsection __jump_table,"aw"; .balign 8; .long site - .; .long tgt - .; .quad key - .; .popsection
