# rspill oracle generated file, seed 1003347
	.text
	.globl f3347_0
	.type f3347_0,@function
	.p2align 4
f3347_0:
	sub $64,%rsp
	lea -16(%rsp),%rdi
	mov %rdi,%r10
	mov %rdi,48(%rsp)
.Lao_f3347_0_1:
	push %rsp
	pop %rcx
.Laoe_f3347_0_1:
	.skip -(((.Lare_f3347_0_1-.Lar_f3347_0_1)-(.Laoe_f3347_0_1-.Lao_f3347_0_1)) > 0) * ((.Lare_f3347_0_1-.Lar_f3347_0_1)-(.Laoe_f3347_0_1-.Lao_f3347_0_1)),0x90
.Laop_f3347_0_1:
	.pushsection .altinstructions,"a"
	.long .Lao_f3347_0_1 - .
	.long .Lar_f3347_0_1 - .
	.long 0x9f
	.byte .Laop_f3347_0_1 - .Lao_f3347_0_1
	.byte .Lare_f3347_0_1 - .Lar_f3347_0_1
	.popsection
	.pushsection .altinstr_replacement,"ax"
.Lar_f3347_0_1:
	add $0,%edi
	not %r10
	not %r10
	movdqu 48(%rsp),%xmm1
	movq %xmm1,%r14
.Lare_f3347_0_1:
	.popsection
	mov 48(%rsp),%r10
.Lr_f3347_0_2:
	mov %r10,%rsp
	add $16,%rsp
	lea 32(%rsp),%rsi
	or $0,%r10
.Lr_f3347_0_3:
	mov %r10,%rsp
	lea 16(%rsp),%rsp
	lea 24(%rsp),%rbp
	xadd %r10,%r13
	lea 48(%rsp),%rdi
	lea 3(%rsp),%rsi
	movq $0x1abfa647,0(%rsp)
	movq $0x3af92ba3,8(%rsp)
	movq $0x2837983,16(%rsp)
	mov $24,%r10d
	call stub0
.Lr_f3347_0_4:
	lea -32(%rsi),%rsp
	add $64,%rsp
	ret
	.size f3347_0, .-f3347_0

	.globl f3347_1
	.type f3347_1,@function
	.p2align 4
f3347_1:
	sub $128,%rsp
	lea -8(%rsp),%rdx
	mov %rdx,88(%rsp)
	lea 36(%rsp),%rdi
	movabs $0xffff88800020ea78,%rsi
	mov $13,%ecx
	testb $128,0x6000002f
	jz .Lfi_f3347_1_1
	movabs $0xffff88800020fffa,%rsi
.Lfi_f3347_1_1:
.Lex_f3347_1_2:
	rep movsb
.Lexc_f3347_1_2:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f3347_1_2 - .)
	.long (.Lexf_f3347_1_2 - .)
	.long 0
	.popsection
.Lr_f3347_1_3:
	mov %rdx,%rsp
	lea 8(%rsp),%rsp
	add $128,%rsp
	ret
.Lexf_f3347_1_2:
	push 88(%rsp)
	pop %r10
	jmp .Lexc_f3347_1_2
	.size f3347_1, .-f3347_1

	.globl f3347_2
	.type f3347_2,@function
	.p2align 4
f3347_2:
	sub $128,%rsp
	lea 24(%rsp),%r9
	pinsrq $1,%r12,%xmm1
	pextrq $1,%xmm1,%rdx
	push %r9
	pop 112(%rsp)
.Lr_f3347_2_1:
	mov %r9,%rsp
	add $-24,%rsp
	lea 4(%rsp),%r10
	mov %r9,67(%rsp)
	lea 22(%rsp),%rdi
	movabs $0xffff888000203658,%rsi
	mov $28,%ecx
	testb $1,0x6000003d
	jz .Lfi_f3347_2_2
	movabs $0xffff88800020ffef,%rsi
.Lfi_f3347_2_2:
.Lex_f3347_2_4:
	rep movsb
.Lexc_f3347_2_4:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f3347_2_4 - .)
	.long (.Lexf_f3347_2_4 - .)
	.long 0
	.popsection
	mov 67(%rsp),%r9
.Lr_f3347_2_5:
	mov %r9,%rsp
	lea -24(%rsp),%rsp
	lea 32(%rsp),%r13
	movabs $0xffff888000206460,%r8
	testb $32,0x60000027
	jz .Lfi_f3347_2_6
	movabs $0xffffc900dead0b44,%r8
.Lfi_f3347_2_6:
.Lex_f3347_2_7:
	mov (%r8),%rcx
.Lexc_f3347_2_7:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f3347_2_7 - .)
	.long (.Lexf_f3347_2_7 - .)
	.long 0
	.popsection
.Lr_f3347_2_8:
	mov %r10,%rsp
	add $128,%rsp
	ret
.Lexf_f3347_2_4:
	mov 112(%rsp),%rdi
.Lr_f3347_2_3:
	mov 112(%rsp),%rsp
	add $-24,%rsp
	jmp .Lexc_f3347_2_4
.Lexf_f3347_2_7:
	xor %ecx,%ecx
	addl $0,111(%rsp)
	jmp .Lexc_f3347_2_7
	.size f3347_2, .-f3347_2

	.globl f3347_3
	.type f3347_3,@function
	.p2align 4
f3347_3:
	push %r12
	push %r13
	push %r15
	push %rbp
	sub $64,%rsp
	mov 35(%rsp),%r9
	mov 48(%rsp),%r12
	movdqu 4(%rsp),%xmm1
	movq %xmm1,%r11
	add $64,%rsp
	pop %rbp
	pop %r15
	pop %r13
	pop %r12
	ret
	.size f3347_3, .-f3347_3

	.globl stub0
	.type stub0,@function
stub0:
	push %r10
	movl $0x60002000,%r11d
	lea 16(%rsp),%rax
	mov %rax,0x60002008
	mov (%r11),%rax
	addq $0x100,(%r11)
	and $0xff00,%eax
	lea 0x61000000(%rax),%r11
	mov %rdi,%r8
	mov %rsi,%r9
	testb $1,(%r11)
	jz 1f
	mov %r8,%rdi
	call stub0_s
1:
	testb $2,(%r11)
	jz 1f
	mov %r9,%rdi
	call stub0_s
1:
	testb $4,(%r11)
	jz 1f
	mov %r8,%rdi
	movzbl 1(%r11),%ecx
	lea 0x20(%r11),%rsi
	call stub0_w
1:
	testb $8,(%r11)
	jz 1f
	mov %r9,%rdi
	movzbl 2(%r11),%ecx
	lea 0x40(%r11),%rsi
	call stub0_w
1:
	pop %rcx
	testb $16,(%r11)
	jz 1f
	lea 8(%rsp),%rdi
	lea 0x60(%r11),%rsi
	rep movsb
1:
	mov 0x80(%r11),%rax
	mov 0x88(%r11),%rcx
	mov 0x90(%r11),%rdx
	mov 0x98(%r11),%rsi
	mov 0xa0(%r11),%rdi
	mov 0xa8(%r11),%r8
	mov 0xb0(%r11),%r9
	mov 0xb8(%r11),%r10
	mov 0xc0(%r11),%r11
	ret
	.size stub0, .-stub0
	.type stub0_w,@function
stub0_w:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 6f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
	jmp 2f
6:	mov 0x60002008,%rax
	cmp %rax,%rdi
	jae 2f
	lea 64(%rdi),%rax
	cmp %rsp,%rax
	ja 3f
2:	and $63,%ecx
	cmp $8,%ecx
	jae 4f
	add $8,%ecx
4:	rep movsb
3:	ret
	.size stub0_w, .-stub0_w
	.type stub0_s,@function
stub0_s:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
2:	push %rdi
	xor %edx,%edx
5:	mov (%rsp),%rax
	mov (%rax,%rdx,8),%rdi
	push %rdx
	movzbl 4(%r11,%rdx),%ecx
	lea 0x30(%r11),%rsi
	call stub0_w
	pop %rdx
	inc %edx
	cmp $8,%edx
	jb 5b
	pop %rdi
3:	ret
	.size stub0_s, .-stub0_s
	.globl stub1
	.type stub1,@function
stub1:
	push %r10
	movl $0x60002000,%r11d
	lea 16(%rsp),%rax
	mov %rax,0x60002008
	mov (%r11),%rax
	addq $0x100,(%r11)
	and $0xff00,%eax
	lea 0x61000000(%rax),%r11
	mov %rdi,%r8
	mov %rsi,%r9
	testb $1,(%r11)
	jz 1f
	mov %r8,%rdi
	call stub1_s
1:
	testb $2,(%r11)
	jz 1f
	mov %r9,%rdi
	call stub1_s
1:
	testb $4,(%r11)
	jz 1f
	mov %r8,%rdi
	movzbl 1(%r11),%ecx
	lea 0x20(%r11),%rsi
	call stub1_w
1:
	testb $8,(%r11)
	jz 1f
	mov %r9,%rdi
	movzbl 2(%r11),%ecx
	lea 0x40(%r11),%rsi
	call stub1_w
1:
	pop %rcx
	testb $16,(%r11)
	jz 1f
	lea 8(%rsp),%rdi
	lea 0x60(%r11),%rsi
	rep movsb
1:
	mov 0x80(%r11),%rax
	mov 0x88(%r11),%rcx
	mov 0x90(%r11),%rdx
	mov 0x98(%r11),%rsi
	mov 0xa0(%r11),%rdi
	mov 0xa8(%r11),%r8
	mov 0xb0(%r11),%r9
	mov 0xb8(%r11),%r10
	mov 0xc0(%r11),%r11
	ret
	.size stub1, .-stub1
	.type stub1_w,@function
stub1_w:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 6f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
	jmp 2f
6:	mov 0x60002008,%rax
	cmp %rax,%rdi
	jae 2f
	lea 64(%rdi),%rax
	cmp %rsp,%rax
	ja 3f
2:	and $63,%ecx
	cmp $8,%ecx
	jae 4f
	add $8,%ecx
4:	rep movsb
3:	ret
	.size stub1_w, .-stub1_w
	.type stub1_s,@function
stub1_s:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
2:	push %rdi
	xor %edx,%edx
5:	mov (%rsp),%rax
	mov (%rax,%rdx,8),%rdi
	push %rdx
	movzbl 4(%r11,%rdx),%ecx
	lea 0x30(%r11),%rsi
	call stub1_w
	pop %rdx
	inc %edx
	cmp $8,%edx
	jb 5b
	pop %rdi
3:	ret
	.size stub1_s, .-stub1_s
#ifdef ORACLE
	.section .oracle_meta,"",@progbits
	.long 0, 2, 0, .Lr_f3347_0_2 - f3347_0
	.long 0, 3, 0, .Lr_f3347_0_3 - f3347_0
	.long 0, 4, 0, .Lr_f3347_0_4 - f3347_0
	.long 0, 1, -1, .Lao_f3347_0_1 - f3347_0
	.long 1, 3, 0, .Lr_f3347_1_3 - f3347_1
	.long 2, 1, 0, .Lr_f3347_2_1 - f3347_2
	.long 2, 3, 0, .Lr_f3347_2_3 - f3347_2
	.long 2, 5, 0, .Lr_f3347_2_5 - f3347_2
	.long 2, 8, 0, .Lr_f3347_2_8 - f3347_2
#endif
# designs (model value of %rsp after each restore; None = wild, execution stops):
#  f3347_0 variant0: [(2, ('S', -80)), (3, ('S', -80)), (4, None)]
#  f3347_0 variant1: [(2, ('S', -80)), (3, ('S', -80)), (4, None)]
#  f3347_0 frame: (0, 64, False)
#  f3347_1 variant0: [(3, ('S', -136))]
#  f3347_1 variant1: [(3, ('S', -136))]
#  f3347_1 frame: (0, 128, False)
#  f3347_2 variant0: [(1, ('S', -104)), (3, ('S', -104)), (5, ('S', -104)), (8, None)]
#  f3347_2 variant1: [(1, ('S', -104)), (3, ('S', -104)), (5, ('S', -104)), (8, None)]
#  f3347_2 frame: (0, 128, False)
#  f3347_3 variant0: []
#  f3347_3 variant1: []
#  f3347_3 frame: (32, 64, False)
