#include "../review92/common.h"
// .ibt_endbr_seal entry at helper (real endbr64). With CONFIG_FINEIBT in kCFI mode
// apply_seal_endbr -> poison_cfi(helper-16): helper-16 holds b8 <nonzero imm32>, a valid
// kCFI hash even for kernels that check it, so poison_hash zeroes the imm32 -- which is
// victim's "mov $16,%eax" feeding an %rsp adjustment.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	call ext
	sub $16,%rsp
2:
#ifdef TAKEN
	mov $0,%eax
#else
	mov $16,%eax
#endif
	add %rax,%rsp
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.org 2b + 16 - victim, 0xcc
	.globl helper
	.type helper,@function
helper:
	endbr64
	ret
	.size helper,.-helper
	.section .ibt_endbr_seal,"a"
	.long helper - .
COMMENT
