// r2_extable_bpf.S -- round 2, class 1: an __ex_table entry of type
// EX_TYPE_BPF (7).  For this type the kernel's handler (ex_handler_bpf,
// arch/x86/net/bpf_jit_comp.c, 6.12) does not treat the fixup word as an
// address: *(unsigned long *)((void *)regs + (fixup >> 8)) = 0 (a pt_regs
// offset: bx = 40) and regs->ip += fixup & 0xff.  fixup_exception() reaches it
// for any entry search_exception_tables() finds, __ex_table included.
// Kept in its own object: the entry has no relocation for its fixup word,
// which makes objtool stop ("can't find new reloc") before checking anything.
// S := %rsp after PRO.
#include "adv.h"

// x_bpf_type: EX_TYPE_BPF: fixup word = (40 << 8) | 3: clear pt_regs->bx,
// resume 3 bytes after the faulting 3-byte load.
// TRUTH x_bpf_type broken - 1-extable EX_TYPE_BPF entry (fixup word 0x2803 = clear pt_regs+40 (rbx), skip 3 bytes): rbx = 0 at the restore on the fault path
FUNC(x_bpf_type)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
R(x_bpf_type)
	movq	%rbx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(x_bpf_type)
	.pushsection __ex_table, "a"
	.balign 4
	.long	1b - .
	.long	(40 << 8) | 3
	.long	7
	.popsection

