.text
.globl q8
.type q8,@function
q8:
	pushq %rbx
	subq $0x30, %rsp
	movq %rsp, 8(%rsp)
	call plain
	movq 8(%rsp), %rsp
	addq $0x30, %rsp
	popq %rbx
	ret
.size q8, .-q8
.globl q8u
.type q8u,@function
q8u:
	pushq %rbx
	subq $0x30, %rsp
	movq %rsp, 8(%rsp)
	call undefined_fn
	movq 8(%rsp), %rsp
	addq $0x30, %rsp
	popq %rbx
	ret
.size q8u, .-q8u
.globl q8n
.type q8n,@function
q8n:
	pushq %rbx
	subq $0x30, %rsp
	movq %rsp, 8(%rsp)
	call nothing
	movq 8(%rsp), %rsp
	addq $0x30, %rsp
	popq %rbx
	ret
.size q8n, .-q8n
.globl nothing
.type nothing,@function
nothing:
	ret
.size nothing, .-nothing
