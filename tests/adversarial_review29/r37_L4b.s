	.text
	.globl h
	.type h,@function
h:	lea g(%rip),%rax
	add $5,%rax
	ret
	.size h,.-h
