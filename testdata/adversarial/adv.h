/*
 * Shared macros for the adversarial rspill suite.
 *
 * R(id)      marks a restore (or another place whose offset truth.tsv needs).
 *            In the normal build it is a local label (.Lrmark_id, no symbol in
 *            the object); gen_truth.py assembles a second copy with
 *            -DRSPILL_MARKS where it becomes a global symbol rmark_id, reads
 *            the offsets from that copy and checks that the code bytes of the
 *            two copies are identical.
 * PRO / EPI  the standard frame used by most functions:
 *                push %rbx ; sub $0x28,%rsp      (S := %rsp after this = CFA-0x38)
 *                add $0x28,%rsp ; pop %rbx ; jmp __x86_return_thunk
 * EXT        one kernel 6.12 __ex_table entry (insn, fixup, type/data word).
 * ALT        one kernel 6.12 struct alt_instr (14 bytes: s32 instr_offset,
 *            s32 repl_offset, u32 ft_flags = cpuid | flags<<16, u8 instrlen,
 *            u8 replacementlen).
 */
#ifdef RSPILL_MARKS
#define R(id) .globl rmark_##id; rmark_##id:
#else
#define R(id) .Lrmark_##id:
#endif

#define FUNC(n) .text; .globl n; .p2align 4, 0xcc; .type n,@function; n:
#define ENDF(n) .size n, .-n
#define PRO  pushq %rbx; subq $0x28,%rsp
#define EPI  addq $0x28,%rsp; popq %rbx; jmp __x86_return_thunk

#define EXT(from,to,type) .pushsection __ex_table,"a"; .balign 4; .long (from) - .; .long (to) - .; .long type; .popsection

#define ALT(orig,repl,feat,olen,rlen) .pushsection .altinstructions,"a"; .long (orig) - .; .long (repl) - .; .4byte feat; .byte olen; .byte rlen; .popsection

/* extable type words (arch/x86/include/asm/extable_fixup_types.h, 6.12) */
#define EX_TYPE_DEFAULT          1
#define EX_TYPE_FAULT            2
#define EX_TYPE_UACCESS          3
#define EX_TYPE_DEFAULT_CLEAR_AX 0x1001   /* EX_TYPE_DEFAULT | EX_FLAG_CLEAR_AX */
#define EX_TYPE_ZERO_REG_RCX     0x111    /* EX_TYPE_IMM_REG(17) | reg 1 (cx)<<8 | imm 0<<16 */
