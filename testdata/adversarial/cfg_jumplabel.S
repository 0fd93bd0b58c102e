// cfg_jumplabel.S -- class 1: static keys (__jump_table).  The site is a
// 5-byte NOP that the kernel patches into a jmp to the target at run time
// (kernel 6.12 struct jump_entry: s32 code, s32 target, long key with the
// branch bit in bit 0, 16 bytes).  S := %rsp after PRO.
#include "adv.h"

#define JUMP_ENTRY(code, target, key) .pushsection __jump_table, "aw"; .balign 8; .long (code) - .; .long (target) - .; .quad (key) - .; .popsection

// TRUTH jl_target_broken broken - 1-jumplabel static-key target block sets rcx = S+8 and jumps to the merge; nop path rcx = S
FUNC(jl_target_broken)
	PRO
	movq	%rsp, %rcx
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
.Ljlt_merge:
R(jl_target_broken)
	movq	%rcx, %rsp
	EPI
.Ljlt_yes:
	leaq	8(%rsp), %rcx
	jmp	.Ljlt_merge
ENDF(jl_target_broken)
	JUMP_ENTRY(1b, .Ljlt_yes, some_key)

// TRUTH jl_target_only delta 16 1-jumplabel restore only in the static-key target block; rcx = S+16
FUNC(jl_target_only)
	PRO
	leaq	0x10(%rsp), %rcx
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	EPI
.Ljlo_yes:
R(jl_target_only)
	movq	%rcx, %rsp
	subq	$0x10, %rsp
	EPI
ENDF(jl_target_only)
	JUMP_ENTRY(1b, .Ljlo_yes, some_key)

// jl_jmp_site: the site is a jmp (default-true key); patching turns it into
// a NOP, so the fall-through (which re-copies %rsp) is the other path.
//   jmp path: rcx = S+8 ; fall-through: rcx = S                     => broken
// TRUTH jl_jmp_site broken - 1-jumplabel site is a jmp past the re-copy; the patched NOP falls into mov %rsp,%rcx: S+8 or S
FUNC(jl_jmp_site)
	PRO
	leaq	8(%rsp), %rcx
1:	.byte	0xe9
	.long	.Ljjs_merge - . - 4
	movq	%rsp, %rcx
.Ljjs_merge:
R(jl_jmp_site)
	movq	%rcx, %rsp
	EPI
ENDF(jl_jmp_site)
	JUMP_ENTRY(1b, .Ljjs_merge, some_key + 1)
