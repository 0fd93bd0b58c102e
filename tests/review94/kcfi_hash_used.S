#include "../review92/common.h"
// .retpoline_sites call with "mov $imm32,%r10d" exactly 14 bytes before it, the imm
// used for an %rsp adjustment. __apply_fineibt: kCFI+cfi_rand rewrites the imm32
// (cfi_rand_callers), cfi=off turns 41 ba into jmp.d8 +12, FineIBT overwrites all 14.
// TAKEN models the cfi_rand_callers case (new imm 0x1000).
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	call ext
	sub $0x40,%rsp
#ifdef TAKEN
	mov $0x1000,%r10d
#else
	mov $0x40,%r10d
#endif
	add %r10,%rsp
	.byte 0x0f,0x1f,0x44,0x00,0x00	// nop5
1:	call __x86_indirect_thunk_rax
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.section .retpoline_sites,"a"
	.long 1b - .
COMMENT
