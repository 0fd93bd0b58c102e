# Control: f calls through a pointer that may reach g, a local function whose
# address the object takes; g's code keeps the calling convention (returns
# with %rsp and %rbx as they came), so the copy in %rbx survives the call and
# the restore stays claimed. (c73_indrbx: the same with a g that overwrites
# %rbx, no claim.)
	.text
	.type g,@function
g:	mov %rdi,%rax
	ret
	.size g,.-g
	.globl f
	.type f,@function
f:	pushq %rbp
	movq %rsp,%rbp
	pushq %rbx
	subq $24,%rsp
	movq %rsp,%rbx
	movq gp(%rip),%rax
	call *%rax
	movq %rbx,%rsp
	addq $24,%rsp
	popq %rbx
	popq %rbp
	ret
	.size f,.-f
	.data
gp:	.quad g
