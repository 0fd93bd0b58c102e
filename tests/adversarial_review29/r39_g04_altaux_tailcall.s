.include "victim_g.inc"
	.globl h
	.type h,@function
h:
	lea g(%rip),%rbx
	jmp aux1
	.size h,.-h

	.section .altinstr_aux,"ax"
aux1:	add $5,%rbx
	jmp k
	.text
	.globl k
	.type k,@function
k:
	push %rbx
	xor %ebx,%ebx
	ret
	.size k,.-k
