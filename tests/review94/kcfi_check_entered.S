#include "../review92/common.h"
// kcfi_caller_check with a jump into its 14 bytes (to the ud2): FineIBT
// writes other instructions over them, and the jump lands in the middle of
// one: not the check the kernel expects, so no claim.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	call ext
	test %rdi,%rdi
	jne 2f
	lea buf+16(%rip),%r11
	movl $0x12345678,%r10d
	addl -15(%r11),%r10d
	je 1f
2:	ud2
1:	call __x86_indirect_thunk_r11
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.section .retpoline_sites,"a"
	.long 1b - .
	.section .kcfi_traps,"ao",@progbits,.text
	.long 1b - 2 - .
	.data
buf:	.zero 32
	COMMENT
