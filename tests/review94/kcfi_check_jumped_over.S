#include "../review92/common.h"
// .retpoline_sites call whose 14 preceding bytes start with 41 ba (mov $imm32,%r10d):
// __apply_fineibt's cfi_disable_callers writes "jmp.d8 +12" there (cfi=off leaves it),
// skipping the mov %rsp,%rbx that follows.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
#ifdef TAKEN
	.byte 0xeb,0x0c,0x34,0x12
#else
	.byte 0x41,0xba,0x34,0x12	// mov $0x1234,%r10d
#endif
	.byte 0,0
	mov %rsp,%rbx
	.byte 0x0f,0x1f,0x44,0x00,0x00	// nop5
1:	call __x86_indirect_thunk_rax
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.section .retpoline_sites,"a"
	.long 1b - .
COMMENT
