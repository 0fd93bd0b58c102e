# victim calls panic (on objtool's noreturn list) with %rsp a word lower
# than its copy; the restore after the call is a no-op only if panic never
# returns. Scanned with y_extfix / y_extfix_second, whose panic returns
# through its __ex_table fixup.
	.text
	.globl victim
	.type victim,@function
victim:
	push %rbx
	mov %rsp,%rbx
	test %rdi,%rdi
	je 1f
	push %rax
	call panic
1:	mov %rbx,%rsp
	pop %rbx
	ret
	.size victim,.-victim
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
