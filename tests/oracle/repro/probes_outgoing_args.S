# Outgoing-argument-area probes: the stubs write the caller's 0..31(%rsp) (their stack arguments).
# Run: tests/oracle/oracle.py --check-file THIS_FILE
	.text
	.globl v_a
	.type v_a,@function
v_a:
	push %rbp
	push %r14
	push %r12
	sub $64,%rsp
	lea 8(%rsp),%r15
	mov %r15,%rbx
	mov %rbx,16(%rsp)
	call stub0
	mov 16(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %r12
	pop %r14
	pop %rbp
	ret
	.size v_a, .-v_a
	.globl v_b
	.type v_b,@function
v_b:
	push %rbp
	push %r14
	push %r12
	sub $64,%rsp
	lea 8(%rsp),%r15
	mov %r15,16(%rsp)
	call stub0
	mov 16(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %r12
	pop %r14
	pop %rbp
	ret
	.size v_b, .-v_b
	.globl v_c
	.type v_c,@function
v_c:
	push %rbp
	push %r14
	push %r12
	sub $64,%rsp
	mov %rsp,%r15
	mov %r15,16(%rsp)
	call stub0
	mov 16(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %r12
	pop %r14
	pop %rbp
	ret
	.size v_c, .-v_c
	.globl v_d
	.type v_d,@function
v_d:
	push %rbp
	push %r14
	push %r12
	sub $64,%rsp
	lea 8(%rsp),%r15
	mov %r15,16(%rsp)
	call stubo
	mov 16(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %r12
	pop %r14
	pop %rbp
	ret
	.size v_d, .-v_d
	.globl v_e
	.type v_e,@function
v_e:
	push %rbp
	push %r14
	push %r12
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	call stubo
	mov 16(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %r12
	pop %r14
	pop %rbp
	ret
	.size v_e, .-v_e
	.type stub0,@function
stub0:
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
	testb $16,(%r11)
	jz 1f
	lea 8(%rsp),%rdi
	movzbl 3(%r11),%ecx
	and $31,%ecx
	inc %ecx
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
	.type stubo,@function
stubo:
	movq $0,8(%rsp)
	movq $0,16(%rsp)
	movq $0,24(%rsp)
	movq $0,32(%rsp)
	ret
	.size stubo, .-stubo
