# Two relocation sections for .text (made by add_relocation_section.py from
# this object: a second SHT_RELA header with sh_info = .text, holding no
# entry). objtool keeps one relocation section per section, the last it
# reads: it sees `call foo` without its relocation, a call to the next
# instruction (`unannotated intra-function call`), and stops there, where
# rspill, reading both, would predict spill_once's own line.

	.text
	.globl	spill_once
	.type	spill_once,@function
spill_once:
	subq	$16, %rsp
	movq	%rsp, %rax
	movq	%rax, 8(%rsp)
	call	foo
	movq	8(%rsp), %rcx
	movq	%rcx, %rsp			# restore
	addq	$16, %rsp
	ret					# 'naked' return in a RETHUNK build
	.size	spill_once, .-spill_once
