#include "../review92/common.h"
// .ibt_endbr_seal entry naming endbr64 bytes inside an add immediate; the
// kernel's poison_endbr rewrites them to 66 0f 1f 00.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	call ext
	.byte 0x48,0x81,0xc4
1:
#ifdef TAKEN
	.byte 0x66,0x0f,0x1f,0x00
#else
	.byte 0xf3,0x0f,0x1e,0xfa
#endif
	.byte 0x48,0x81,0xec,0xf3,0x0f,0x1e,0xfa
	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.section .ibt_endbr_seal,"a"
	.long 1b - .
COMMENT
