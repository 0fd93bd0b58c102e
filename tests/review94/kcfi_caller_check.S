#include "../review92/common.h"
// The kernel's own kCFI caller check (mov $h,%r10d; add -15(%r11),%r10d; je; ud2)
// before a retpoline site: whatever the kernel rewrites there (a jmp.d8 over it,
// another hash, FineIBT's caller) the call is reached and returns: a control,
// claimed and true by execution.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	call ext
#ifdef ENTERED
	test %rdi,%rdi
	jne 2f
#endif
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
