.include "victim_g.inc"
	.ident "clang version 19.1.0"
	.section .note.GNU-stack,"",@progbits
	.text
	.type k,@function
k:
	xor %ecx,%ecx
	rdpkru
	jmp *%rax
	.size k,.-k
	.globl h
	.type h,@function
h:
	lea g(%rip),%rax
	add $5,%rax
	xor %ecx,%ecx
	xor %edx,%edx
	wrpkru
	xor %eax,%eax
	call k
	ret
	.size h,.-h
