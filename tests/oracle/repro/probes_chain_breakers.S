# Hand-written probes (one shape per function). Run: tests/oracle/oracle.py --check-file THIS_FILE
	.text
	.globl p_outgoing
	.type p_outgoing,@function
p_outgoing:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,0(%rsp)
	call stub0
	mov 0(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_outgoing, .-p_outgoing
	.globl p_escape_arg
	.type p_escape_arg,@function
p_escape_arg:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	lea 16(%rsp),%rdi
	call stub0
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_escape_arg, .-p_escape_arg
	.globl p_escape_arg_off
	.type p_escape_arg_off,@function
p_escape_arg_off:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,40(%rsp)
	lea 8(%rsp),%rdi
	call stub0
	mov 40(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_escape_arg_off, .-p_escape_arg_off
	.globl p_escape_transitive
	.type p_escape_transitive,@function
p_escape_transitive:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,48(%rsp)
	lea 48(%rsp),%rdx
	mov %rdx,8(%rsp)
	lea 8(%rsp),%rdi
	call stub0
	mov 48(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_escape_transitive, .-p_escape_transitive
	.globl p_escape_earlier
	.type p_escape_earlier,@function
p_escape_earlier:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 24(%rsp),%rbx
	mov %rax,24(%rsp)
	mov %rbx,%rdi
	call stub0
	mov 24(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_escape_earlier, .-p_escape_earlier
	.globl p_escape_callee_saved
	.type p_escape_callee_saved,@function
p_escape_callee_saved:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 24(%rsp),%rbx
	mov %rax,24(%rsp)
	xor %edi,%edi
	mov %rbx,%rsi
	call stub0
	mov 24(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_escape_callee_saved, .-p_escape_callee_saved
	.globl p_partial1
	.type p_partial1,@function
p_partial1:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	movb $0,9(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_partial1, .-p_partial1
	.globl p_partial_unaligned8
	.type p_partial_unaligned8,@function
p_partial_unaligned8:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	movq $0,12(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_partial_unaligned8, .-p_partial_unaligned8
	.globl p_movups
	.type p_movups,@function
p_movups:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	pxor %xmm0,%xmm0
	movups %xmm0,8(%rsp)
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_movups, .-p_movups
	.globl p_movups_keep
	.type p_movups_keep,@function
p_movups_keep:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movq %rax,%xmm0
	movups %xmm0,8(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_movups_keep, .-p_movups_keep
	.globl p_movups_hi
	.type p_movups_hi,@function
p_movups_hi:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movq %rax,%xmm0
	movups %xmm0,8(%rsp)
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_movups_hi, .-p_movups_hi
	.globl p_stosq
	.type p_stosq,@function
p_stosq:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	lea 8(%rsp),%rdi
	xor %eax,%eax
	mov $3,%ecx
	rep stosq
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_stosq, .-p_stosq
	.globl p_stosq_std
	.type p_stosq_std,@function
p_stosq_std:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	lea 32(%rsp),%rdi
	xor %eax,%eax
	std
	stosq
	stosq
	stosq
	cld
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_stosq_std, .-p_stosq_std
	.globl p_stosq_rcx_input
	.type p_stosq_rcx_input,@function
p_stosq_rcx_input:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	lea 8(%rsp),%rdi
	movzbl 0x60000000,%ecx
	and $3,%ecx
	xor %eax,%eax
	rep stosq
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_stosq_rcx_input, .-p_stosq_rcx_input
	.globl p_movsq
	.type p_movsq,@function
p_movsq:
	push %rbx
	sub $64,%rsp
	lea 8(%rsp),%rax
	mov %rax,16(%rsp)
	mov %rsp,%rdx
	mov %rdx,24(%rsp)
	lea 24(%rsp),%rsi
	lea 16(%rsp),%rdi
	movsq
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_movsq, .-p_movsq
	.globl p_indexed
	.type p_indexed,@function
p_indexed:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	movzbl 0x60000000,%eax
	and $3,%eax
	mov %rdx,(%rsp,%rax,8)
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_indexed, .-p_indexed
	.globl p_below_rsp_push
	.type p_below_rsp_push,@function
p_below_rsp_push:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,-8(%rsp)
	push %rdx
	pop %rdx
	mov -8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_below_rsp_push, .-p_below_rsp_push
	.globl p_below_rsp_call
	.type p_below_rsp_call,@function
p_below_rsp_call:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,-8(%rsp)
	call stub0
	mov -8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_below_rsp_call, .-p_below_rsp_call
	.globl p_below_rsp_plain
	.type p_below_rsp_plain,@function
p_below_rsp_plain:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,-16(%rsp)
	mov -16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_below_rsp_plain, .-p_below_rsp_plain
	.globl p_mov32
	.type p_mov32,@function
p_mov32:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %eax,%eax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_mov32, .-p_mov32
	.globl p_movzx
	.type p_movzx,@function
p_movzx:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movzwl %ax,%eax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_movzx, .-p_movzx
	.globl p_partial8reg
	.type p_partial8reg,@function
p_partial8reg:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %dl,%al
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_partial8reg, .-p_partial8reg
	.globl p_adc0
	.type p_adc0,@function
p_adc0:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	cmpb $0x80,0x60000000
	adc $0,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_adc0, .-p_adc0
	.globl p_sbb0
	.type p_sbb0,@function
p_sbb0:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	cmpb $0x80,0x60000000
	sbb $0,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_sbb0, .-p_sbb0
	.globl p_xadd
	.type p_xadd,@function
p_xadd:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov $8,%rcx
	xadd %rcx,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_xadd, .-p_xadd
	.globl p_xadd2
	.type p_xadd2,@function
p_xadd2:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov $8,%rcx
	xadd %rax,%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_xadd2, .-p_xadd2
	.globl p_cmov_other
	.type p_cmov_other,@function
p_cmov_other:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 8(%rsp),%rdx
	testb $1,0x60000000
	cmovne %rdx,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_cmov_other, .-p_cmov_other
	.globl p_cmov_rsp
	.type p_cmov_rsp,@function
p_cmov_rsp:
	push %rbx
	sub $64,%rsp
	lea 8(%rsp),%rdx
	testb $1,0x60000000
	cmovne %rdx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_cmov_rsp, .-p_cmov_rsp
	.globl p_xchg_chain
	.type p_xchg_chain,@function
p_xchg_chain:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 8(%rsp),%rdx
	xchg %rax,%rdx
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_xchg_chain, .-p_xchg_chain
	.globl p_pushpop_mem
	.type p_pushpop_mem,@function
p_pushpop_mem:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	push %rdx
	pop 8(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_pushpop_mem, .-p_pushpop_mem
	.globl p_pushmem
	.type p_pushmem,@function
p_pushmem:
	push %rbx
	sub $64,%rsp
	lea 8(%rsp),%rax
	mov %rax,8(%rsp)
	push 8(%rsp)
	pop %rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_pushmem, .-p_pushmem
	.globl p_and16
	.type p_and16,@function
p_and16:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	and $-16,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_and16, .-p_and16
	.globl p_loop_add
	.type p_loop_add,@function
p_loop_add:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movzbl 0x60000000,%ecx
	and $1,%ecx
	inc %ecx
	1: add $8,%rax
	sub $8,%rax
	add $8,%rax
	dec %ecx
	jnz 1b
	lea -8(%rax),%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_loop_add, .-p_loop_add
	.globl p_loop_slot
	.type p_loop_slot,@function
p_loop_slot:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	movl $3,0x60001000
	1: mov 8(%rsp),%rdx
	add $8,%rdx
	mov %rdx,8(%rsp)
	decl 0x60001000
	jnz 1b
	mov 8(%rsp),%rcx
	lea -24(%rcx),%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_loop_slot, .-p_loop_slot
	.globl p_bswap
	.type p_bswap,@function
p_bswap:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	bswap %rax
	bswap %rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_bswap, .-p_bswap
	.globl p_shl_sar
	.type p_shl_sar,@function
p_shl_sar:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	shl $1,%rax
	sar $1,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_shl_sar, .-p_shl_sar
	.globl p_shl_shr
	.type p_shl_shr,@function
p_shl_shr:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	shl $1,%rax
	shr $1,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_shl_shr, .-p_shl_shr
	.globl p_neg
	.type p_neg,@function
p_neg:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	neg %rax
	neg %rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_neg, .-p_neg
	.globl p_subadd_rsp
	.type p_subadd_rsp,@function
p_subadd_rsp:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	sub %rsp,%rax
	add %rsp,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_subadd_rsp, .-p_subadd_rsp
	.globl p_lea_idx
	.type p_lea_idx,@function
p_lea_idx:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov $2,%rcx
	lea -16(%rax,%rcx,8),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_lea_idx, .-p_lea_idx
	.globl p_simd_pinsr
	.type p_simd_pinsr,@function
p_simd_pinsr:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	pinsrq $1,%rax,%xmm1
	pextrq $1,%xmm1,%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_simd_pinsr, .-p_simd_pinsr
	.globl p_simd_pinsr_lo
	.type p_simd_pinsr_lo,@function
p_simd_pinsr_lo:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movq %rax,%xmm1
	pinsrq $0,%rdx,%xmm1
	movq %xmm1,%rdx
	mov %rdx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_simd_pinsr_lo, .-p_simd_pinsr_lo
	.globl p_pushrsp_rsp_rel
	.type p_pushrsp_rsp_rel,@function
p_pushrsp_rsp_rel:
	push %rbx
	sub $64,%rsp
	push %rsp
	pop %rax
	push %rax
	mov (%rsp),%rcx
	pop %rdx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_pushrsp_rsp_rel, .-p_pushrsp_rsp_rel
	.globl p_imul
	.type p_imul,@function
p_imul:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	imul $1,%rax,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_imul, .-p_imul
	.globl p_rol
	.type p_rol,@function
p_rol:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	rol $13,%rax
	ror $13,%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_rol, .-p_rol
	.globl p_mov_esp
	.type p_mov_esp,@function
p_mov_esp:
	push %rbx
	sub $64,%rsp
	mov %esp,%eax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_mov_esp, .-p_mov_esp
	.globl p_cmpxchg
	.type p_cmpxchg,@function
p_cmpxchg:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	lea 16(%rsp),%rdx
	cmpxchg %rdx,8(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_cmpxchg, .-p_cmpxchg
	.globl p_xchg_mem
	.type p_xchg_mem,@function
p_xchg_mem:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	lea 16(%rsp),%rdx
	xchg %rdx,8(%rsp)
	mov %rdx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_xchg_mem, .-p_xchg_mem
	.globl p_setcc_partial
	.type p_setcc_partial,@function
p_setcc_partial:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	testb $1,0x60000000
	setne 8(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_setcc_partial, .-p_setcc_partial
	.globl p_bts_mem
	.type p_bts_mem,@function
p_bts_mem:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	btsq $3,8(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_bts_mem, .-p_bts_mem
	.globl p_fxsave_clobber
	.type p_fxsave_clobber,@function
p_fxsave_clobber:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,32(%rsp)
	movdqu %xmm0,24(%rsp)
	mov 32(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_fxsave_clobber, .-p_fxsave_clobber
	.globl p_rep_movsb
	.type p_rep_movsb,@function
p_rep_movsb:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	lea 40(%rsp),%rsi
	lea 14(%rsp),%rdi
	mov $4,%ecx
	rep movsb
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_rep_movsb, .-p_rep_movsb
	.globl p_pop_rsp_rel_store
	.type p_pop_rsp_rel_store,@function
p_pop_rsp_rel_store:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	push $5
	pop 0(%rsp)
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_pop_rsp_rel_store, .-p_pop_rsp_rel_store
	.globl p_enter_like
	.type p_enter_like,@function
p_enter_like:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	push %rbp
	mov %rsp,%rbp
	leave
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_enter_like, .-p_enter_like
	.globl p_xlat_movs_rev
	.type p_xlat_movs_rev,@function
p_xlat_movs_rev:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	lea 8(%rsp),%rdi
	mov %rdi,%rsi
	add $8,%rsi
	movsq
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size p_xlat_movs_rev, .-p_xlat_movs_rev
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
