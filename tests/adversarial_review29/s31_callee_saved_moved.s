# f keeps g in %rbx across h, which moves it by 5 and returns: f then
# calls through %rbx (g+5).
.include "victim_g.inc"
	.type h,@function
h:	add $5,%rbx
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	push %rbx
	lea g(%rip),%rbx
	call h
	call *%rbx
	pop %rbx
	ret
	.size f,.-f
