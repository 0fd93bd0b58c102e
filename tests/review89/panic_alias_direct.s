# Blind review 89's panic_alias, its restore reached only past the call:
# `panic` is an alias of `foo`, which returns.
	.text
	.globl foo
	.type foo,@function
foo:
	ret
	.size foo,.-foo
	.globl panic
	.set panic, foo
	.globl c_alias
	.type c_alias,@function
c_alias:
	push %rbx
	mov %rsp,%rbx
	test %rdi,%rdi
	jz 1f
	push %rax
	call panic
1:	mov %rbx,%rsp
	pop %rbx
	ret
	.size c_alias,.-c_alias
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
