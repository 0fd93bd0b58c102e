# EX_TYPE_POP_REG (16): the handler does sp += 8 before the fixup (the restore): on the fault path the restore moves %rsp by -8.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
.Lfault:
	mov (%rdi),%r8
.Lfix:
	mov %rbx,%rsp
	ret
	.size f,.-f
	.section __ex_table,"a"
	.p2align 2
	.long .Lfault - .
	.long .Lfix - .
	.long 16
