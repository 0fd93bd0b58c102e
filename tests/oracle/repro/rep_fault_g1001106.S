# rspill oracle generated file, seed 1001106
	.text
	.globl f1106_0
	.type f1106_0,@function
	.p2align 4
f1106_0:
	push %r13
	push %r15
	sub $64,%rsp
	lea -16(%rsp),%r12
	cld
	lea 16(%rsp),%rdi
	mov %r11,%rax
	stosq
	cld
.Lr_f1106_0_1:
	mov %r12,%rsp
	lea 16(%rsp),%rsp
	push %rsp
	pop %r11
	pinsrq $1,%r12,%xmm1
	pextrq $1,%xmm1,%rdi
	mov %rdi,40(%rsp)
	lea 48(%rsp),%rsi
	movq $0x5b132dfd,0(%rsp)
	movq $0x28e45e4a,8(%rsp)
	movq $0x5bf71021,16(%rsp)
	movq $0x48f6ab42,24(%rsp)
	mov $32,%r10d
	call stub1
	mov -8(%rsp),%r12
.Lr_f1106_0_2:
	mov %r12,%rsp
	add $64,%rsp
	pop %r15
	pop %r13
	ret
	.size f1106_0, .-f1106_0

	.globl f1106_1
	.type f1106_1,@function
	.p2align 4
f1106_1:
	push %r14
	push %r13
	sub $32,%rsp
	lea 4(%rsp),%r15
	movq %r15,%xmm1
	movups %xmm1,8(%rsp)
	testb $4,0x60000005
	jz .Lfi_f1106_1_2
	push 8(%rsp)
.Lr_f1106_1_1:
	pop %rsp
.Lfi_f1106_1_2:
	mov %r15,16(%rsp)
	testb $32,0x60000020
	jz .Lfi_f1106_1_4
.Lr_f1106_1_3:
	mov 2(%rsp),%rsp
.Lfi_f1106_1_4:
	mov %r15,0(%rsp)
	testb $64,0x60000011
	jnz .Lfi_f1106_1_6
.Lr_f1106_1_5:
	mov 0(%rsp),%rsp
.Lfi_f1106_1_6:
	push %r15
	push %rsp
	pop %rdi
	pop %r15
	movq %r15,%xmm0
	movups %xmm0,0(%rsp)
	mov %rdi,-8(%rsp)
	mov %r15,16(%rsp)
	mov %r15,16(%rsp)
	push %r15
	pop 0(%rsp)
	movq %r9,%xmm0
	movups %xmm0,0(%rsp)
	testb $128,0x60000022
	jnz .Lfi_f1106_1_8
	mov $-1,%r14
.Lr_f1106_1_7:
	lea 4(%r15,%r14,8),%rsp
.Lfi_f1106_1_8:
	testb $1,0x60000028
	jnz .Lfi_f1106_1_10
.Lr_f1106_1_9:
	mov 16(%rsp),%rsp
.Lfi_f1106_1_10:
.Lao_f1106_1_11:
.Laoe_f1106_1_11:
	.skip -(((.Lare_f1106_1_11-.Lar_f1106_1_11)-(.Laoe_f1106_1_11-.Lao_f1106_1_11)) > 0) * ((.Lare_f1106_1_11-.Lar_f1106_1_11)-(.Laoe_f1106_1_11-.Lao_f1106_1_11)),0x90
.Laop_f1106_1_11:
	.pushsection .altinstructions,"a"
	.long .Lao_f1106_1_11 - .
	.long .Lar_f1106_1_11 - .
	.long 0x114
	.byte .Laop_f1106_1_11 - .Lao_f1106_1_11
	.byte .Lare_f1106_1_11 - .Lar_f1106_1_11
	.popsection
	.pushsection .altinstr_replacement,"ax"
.Lar_f1106_1_11:
.Lare_f1106_1_11:
	.popsection
	mov 4(%rsp),%r10
.Lao_f1106_1_12:
	movq %rdi,%xmm1
	movups %xmm1,0(%rsp)
.Laoe_f1106_1_12:
	.skip -(((.Lare_f1106_1_12-.Lar_f1106_1_12)-(.Laoe_f1106_1_12-.Lao_f1106_1_12)) > 0) * ((.Lare_f1106_1_12-.Lar_f1106_1_12)-(.Laoe_f1106_1_12-.Lao_f1106_1_12)),0x90
.Laop_f1106_1_12:
	.pushsection .altinstructions,"a"
	.long .Lao_f1106_1_12 - .
	.long .Lar_f1106_1_12 - .
	.long 0x163
	.byte .Laop_f1106_1_12 - .Lao_f1106_1_12
	.byte .Lare_f1106_1_12 - .Lar_f1106_1_12
	.popsection
	.pushsection .altinstr_replacement,"ax"
.Lar_f1106_1_12:
	xadd %r15,%rax
	movzbl 0x60000005,%r12d
	not %rdi
	not %rdi
.Lare_f1106_1_12:
	.popsection
	movq %rdi,%xmm3
.Lr_f1106_1_13:
	movq %xmm3,%rsp
	mov $-1,%r15
.Lr_f1106_1_14:
	lea 8(%rdi,%r15,8),%rsp
	mov %rdi,24(%rsp)
	lea 8(%rsp),%rsp
	add $32,%rsp
	pop %r13
	pop %r14
	ret
	.size f1106_1, .-f1106_1

	.globl f1106_2
	.type f1106_2,@function
	.p2align 4
f1106_2:
	push %r14
	push %r15
	sub $64,%rsp
	mov %rsp,%rsi
	mov %rsi,25(%rsp)
	lea 8(%rsp),%rdi
	movabs $0xffff888000209630,%rsi
	mov $39,%ecx
	testb $1,0x60000003
	jz .Lfi_f1106_2_1
	movabs $0xffff88800020ffec,%rsi
.Lfi_f1106_2_1:
.Lex_f1106_2_4:
	rep movsb
.Lexc_f1106_2_4:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f1106_2_4 - .)
	.long (.Lexf_f1106_2_4 - .)
	.long 0
	.popsection
.Lr_f1106_2_5:
	mov 25(%rsp),%rsp
	add $64,%rsp
	pop %r15
	pop %r14
	ret
.Lexf_f1106_2_4:
.Lr_f1106_2_2:
	mov 25(%rsp),%rsp
.Lr_f1106_2_3:
	mov 25(%rsp),%rsp
	jmp .Lexc_f1106_2_4
	.size f1106_2, .-f1106_2

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
	.long 0, 1, 0, .Lr_f1106_0_1 - f1106_0
	.long 0, 2, 0, .Lr_f1106_0_2 - f1106_0
	.long 1, 1, 0, .Lr_f1106_1_1 - f1106_1
	.long 1, 3, 0, .Lr_f1106_1_3 - f1106_1
	.long 1, 5, 0, .Lr_f1106_1_5 - f1106_1
	.long 1, 7, 0, .Lr_f1106_1_7 - f1106_1
	.long 1, 9, 0, .Lr_f1106_1_9 - f1106_1
	.long 1, 13, 0, .Lr_f1106_1_13 - f1106_1
	.long 1, 14, 0, .Lr_f1106_1_14 - f1106_1
	.long 1, 11, -1, .Lao_f1106_1_11 - f1106_1
	.long 1, 12, -1, .Lao_f1106_1_12 - f1106_1
	.long 2, 2, 0, .Lr_f1106_2_2 - f1106_2
	.long 2, 3, 0, .Lr_f1106_2_3 - f1106_2
	.long 2, 5, 0, .Lr_f1106_2_5 - f1106_2
#endif
# designs (model value of %rsp after each restore; None = wild, execution stops):
#  f1106_0 variant0: [(1, ('S', -96)), (2, None)]
#  f1106_0 variant1: [(1, ('S', -96)), (2, None)]
#  f1106_0 frame: (16, 64, False)
#  f1106_1 variant0: [(1, None), (3, None), (5, None), (7, ('S', -48)), (9, None), (13, ('S', -56)), (14, ('S', -56))]
#  f1106_1 variant1: [(1, None), (3, None), (5, None), (7, ('S', -48)), (9, None), (13, ('S', -56)), (14, ('S', -56))]
#  f1106_1 frame: (16, 32, False)
#  f1106_2 variant0: [(2, ('S', -80)), (3, ('S', -80)), (5, None)]
#  f1106_2 variant1: [(2, ('S', -80)), (3, ('S', -80)), (5, None)]
#  f1106_2 frame: (16, 64, False)
