.include "victim_g.inc"
	.type k,@function
k:
	xor %ecx,%ecx
	rdpkru
	push %rax
	xor %eax,%eax
	ret
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
	jmp k
	.size h,.-h
