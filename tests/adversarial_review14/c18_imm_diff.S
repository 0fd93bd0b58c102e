# Truth: k computes h's middle as k + (.Lmid-k) with a plain immediate; jumps there with rbx=rsp-64.
	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rbx
.Lmid:
	nop
	mov %rbx,%rsp
	ret
	.size h,.-h
	.globl k
	.type k,@function
k:
	lea -64(%rsp),%rbx
	lea k(%rip),%rax
	add $(.Lmid - k),%rax
	jmp *%rax
	.size k,.-k
