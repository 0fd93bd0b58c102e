# Pair c37_02_ss_call_local (b.s); class 37-direct-call-prefixes (blind review 137, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c37_02_ss_call_local/b.o
# The same with ss (36) before the call in b.s.
	.text
	.p2align 4
	.skip 16,0x90
	.type h,@function
h:
	movl $3,%eax
	ret
	int3
	.size h,.-h
	.p2align 4,0xcc
	.skip 16,0x90
	.globl g
	.type g,@function
g:
	pushq %rbx
	movl $40,%ebx
	ss call h
	addl %ebx,%eax
	popq %rbx
	ret
	int3
	.size g,.-g
