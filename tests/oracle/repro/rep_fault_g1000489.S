# rspill oracle generated file, seed 1000489
	.text
	.globl f489_0
	.type f489_0,@function
	.p2align 4
f489_0:
	push %r13
	push %rbx
	push %r15
	sub $64,%rsp
	lea 24(%rsp),%r12
	mov %r12,32(%rsp)
	lea 35(%rsp),%rdi
	movabs $0xffff888000202590,%rsi
	mov $8,%ecx
	testb $8,0x60000001
	jz .Lfi_f489_0_1
	movabs $0xffff88800020ffff,%rsi
.Lfi_f489_0_1:
.Lex_f489_0_4:
	rep movsb
.Lexc_f489_0_4:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f489_0_4 - .)
	.long (.Lexf_f489_0_4 - .)
	.long 0
	.popsection
.Lr_f489_0_5:
	mov 32(%rsp),%rsp
	add $64,%rsp
	pop %r15
	pop %rbx
	pop %r13
	ret
.Lexf_f489_0_4:
.Lr_f489_0_2:
	mov 32(%rsp),%rsp
	push 8(%rsp)
.Lr_f489_0_3:
	pop %rsp
	movdqu 8(%rsp),%xmm1
	movq %xmm1,%r13
	lea -24(%rsp),%rsp
	jmp .Lexc_f489_0_4
	.size f489_0, .-f489_0

	.globl f489_1
	.type f489_1,@function
	.p2align 4
f489_1:
	push %rbx
	push %r15
	sub $48,%rsp
	lea 0(%r14),%rbx
	push %rsp
	pop %r14
	mov $1,%rsi
	sub %rsi,%r14
	mov %r14,12(%rsp)
	testb $4,0x60000027
	cmovl %r14,%r13
	xadd %r14,%r8
	lea -8(%rdi),%r9
	movq %r9,%xmm0
	movups %xmm0,16(%rsp)
.Lr_f489_1_1:
	mov -8(%rsp),%rsp
.Lr_f489_1_2:
	mov -8(%rsp),%rsp
.Lr_f489_1_3:
	mov -8(%rsp),%rsp
	sub $8,%rdx
	mov %ecx,%ecx
	mov $2,%r14d
.Lloop_f489_1_4:
	lea 4(%rsp),%r9
	add $8,%r9
	add $4,%r9
	dec %r14d
	jnz .Lloop_f489_1_4
	mov $4,%ebx
.Lloop_f489_1_5:
	add $24,%r9
	mov $4,%ebp
.Lloop_f489_1_6:
	mov %r9,24(%rsp)
	mov $8,%rax
	sub %rax,%r9
	dec %ebp
	jnz .Lloop_f489_1_6
	dec %ebx
	jnz .Lloop_f489_1_5
	lea (%rbx,%rbx),%rbx
	lea 0(%r12),%r9
	testb $1,0x60000017
	jnz .Lfi_f489_1_8
.Lr_f489_1_7:
	mov -8(%rsp),%rsp
.Lfi_f489_1_8:
	or $0,%rdi
	lea 8(%rsp),%rbx
	mov %rbx,24(%rsp)
	add $48,%rsp
	pop %r15
	pop %rbx
	ret
	.size f489_1, .-f489_1

	.globl f489_2
	.type f489_2,@function
	.p2align 4
f489_2:
	push %r15
	push %r12
	push %rbx
	push %rbp
	mov %rsp,%rbp
	and $-16,%rsp
	sub $48,%rsp
	movq %rbx,%xmm0
	movups %xmm0,0(%rsp)
	testb $64,0x60000016
	jz .Lfi_f489_2_5
	testb $64,0x60000031
	jnz .Lfi_f489_2_1
	mov %r9,16(%rsp)
.Lfi_f489_2_1:
	testb $2,0x60000019
	jz .Lfi_f489_2_3
.Lr_f489_2_2:
	mov %r10,%rsp
.Lfi_f489_2_3:
	mov $16,%r9
.Lr_f489_2_4:
	add %r9,%rsp
	sub $16,%rsp
.Lfi_f489_2_5:
	mov %rcx,0(%rsp)
	mov 32(%rsp),%rdi
	test $512,%esi
	jz .Lfi_f489_2_7
.Lr_f489_2_6:
	mov 32(%rsp),%rsp
.Lfi_f489_2_7:
	mov 24(%rsp),%r15
.Lr_f489_2_8:
	mov %rbp,%rsp
	pop %rbp
	pop %rbx
	pop %r12
	pop %r15
	ret
	.size f489_2, .-f489_2

	.type stub0,@function
stub0:
	push %r10
	movl $0x60002000,%r11d
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
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
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
	.type stub1,@function
stub1:
	push %r10
	movl $0x60002000,%r11d
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
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
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
	.long 0, 2, 0, .Lr_f489_0_2 - f489_0
	.long 0, 3, 0, .Lr_f489_0_3 - f489_0
	.long 0, 5, 0, .Lr_f489_0_5 - f489_0
	.long 1, 1, 0, .Lr_f489_1_1 - f489_1
	.long 1, 2, 0, .Lr_f489_1_2 - f489_1
	.long 1, 3, 0, .Lr_f489_1_3 - f489_1
	.long 1, 7, 0, .Lr_f489_1_7 - f489_1
	.long 2, 2, 0, .Lr_f489_2_2 - f489_2
	.long 2, 4, 0, .Lr_f489_2_4 - f489_2
	.long 2, 6, 0, .Lr_f489_2_6 - f489_2
	.long 2, 8, 0, .Lr_f489_2_8 - f489_2
#endif
# designs (model value of %rsp after each restore; None = wild, execution stops):
#  f489_0 variant0: [(2, ('S', -64)), (3, ('S', -64)), (5, None)]
#  f489_0 variant1: [(2, ('S', -64)), (3, ('S', -64)), (5, None)]
#  f489_0 frame: (24, 64, False)
#  f489_1 variant0: [(1, ('S', -64)), (2, ('S', -64)), (3, ('S', -64)), (7, ('S', -64))]
#  f489_1 variant1: [(1, ('S', -64)), (2, ('S', -64)), (3, ('S', -64)), (7, ('S', -64))]
#  f489_1 frame: (16, 48, False)
#  f489_2 variant0: [(2, None), (4, ('A', -32)), (6, None), (8, ('S', -32))]
#  f489_2 variant1: [(2, None), (4, ('A', -32)), (6, None), (8, ('S', -32))]
#  f489_2 frame: (32, 48, True)
