# Minimal reproducers for the violation classes the oracle found (rspill claims that execution refutes).
# Run:  tests/oracle/oracle.py --check-file tests/oracle/repro/minimal.S
	.text

# 1. pop %rsp: rspill's delta is relative to %rsp+8 (after the implicit pop increment), not to %rsp
#    before the instruction.  Claimed redundant; every execution moves %rsp by +8.
	.globl r_pop_rsp
	.type r_pop_rsp,@function
r_pop_rsp:
	sub $16,%rsp
	push %rsp
	pop %rsp
	add $16,%rsp
	ret
	.size r_pop_rsp, .-r_pop_rsp

#    ... and `mov %rsp,(%rsp); pop %rsp` (really a no-op write) is claimed rsp_delta=-8.
	.globl r_pop_rsp2
	.type r_pop_rsp2,@function
r_pop_rsp2:
	sub $16,%rsp
	mov %rsp,(%rsp)
	pop %rsp
	add $16,%rsp
	ret
	.size r_pop_rsp2, .-r_pop_rsp2

# 2. Jump-table (indirect jmp) edges are ignored: the join is also reached directly, so only the
#    direct path is analysed.  Claimed redundant; via the table %rax = %rsp+8.
	.globl r_jumptable
	.type r_jumptable,@function
r_jumptable:
	sub $64,%rsp
	mov %rsp,%rax
	testb $1,0x60000001
	jz 2f
	add $8,%rax
	movzbl 0x60000000,%ecx
	and $1,%ecx
	jmp *.Ltab_r(,%rcx,8)
2:	mov %rax,%rsp
	add $64,%rsp
	ret
	.size r_jumptable, .-r_jumptable
	.pushsection .rodata,"a"
	.balign 8
.Ltab_r:	.quad 2b, 2b
	.popsection

# 3. __ex_table fixup edges are ignored: the fixup changes the %rsp copy and jumps back.
#    Claimed redundant; when the load faults, %rsp moves by +8.
	.globl r_extable
	.type r_extable,@function
r_extable:
	sub $64,%rsp
	mov %rsp,%rax
	movabs $0xffff888000200000,%rdx
	testb $1,0x60000001
	jz 1f
	movabs $0xffffc900dead0000,%rdx
1:
.Lrex1:	mov (%rdx),%rdx
.Lrexc1:
	mov %rax,%rsp
	add $64,%rsp
	ret
.Lrexf1:
	add $8,%rax
	jmp .Lrexc1
	.size r_extable, .-r_extable
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lrex1 - .)
	.long (.Lrexf1 - .)
	.long 0
	.popsection

#    ... same with the copy spilled to the stack and the fixup overwriting the slot.
	.globl r_extable_slot
	.type r_extable_slot,@function
r_extable_slot:
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	movabs $0xffff888000200000,%rdx
	testb $1,0x60000001
	jz 1f
	movabs $0xffffc900dead0000,%rdx
1:
.Lrex2:	mov (%rdx),%rdx
.Lrexc2:
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	ret
.Lrexf2:
	movq $0,16(%rsp)
	jmp .Lrexc2
	.size r_extable_slot, .-r_extable_slot
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lrex2 - .)
	.long (.Lrexf2 - .)
	.long 0
	.popsection

# 4. .altinstructions replacements are ignored: the replacement changes the %rsp copy.
#    Claimed redundant; with the alternative applied %rsp moves by +8.
	.globl r_alternative
	.type r_alternative,@function
r_alternative:
	sub $64,%rsp
	mov %rsp,%rax
.Lrao1:
	mov %rax,%rax
.Lrao1e:
	.skip -(((.Lrar1e-.Lrar1)-(.Lrao1e-.Lrao1)) > 0) * ((.Lrar1e-.Lrar1)-(.Lrao1e-.Lrao1)),0x90
.Lrao1p:
	.pushsection .altinstructions,"a"
	.long .Lrao1 - .
	.long .Lrar1 - .
	.short 0x10
	.byte .Lrao1p - .Lrao1
	.byte .Lrar1e - .Lrar1
	.popsection
	.pushsection .altinstr_replacement,"ax"
.Lrar1:
	add $8,%rax
.Lrar1e:
	.popsection
	mov %rax,%rsp
	add $64,%rsp
	ret
	.size r_alternative, .-r_alternative

# 5. A callee may overwrite its stack-passed arguments, i.e. the caller's outgoing argument area
#    just above its return address.  rspill only treats 0(%rsp) as that area: a spill at 8(%rsp)
#    (a callee with 8 arguments owns 0..15(%rsp)) is trusted across the call.  Claimed redundant;
#    after the call %rsp is set to 0.  (With the copy in a caller-saved register rspill instead
#    gives assumed_rsp_delta under 'stack-objects-in-bounds'.)
	.globl r_outgoing_args
	.type r_outgoing_args,@function
r_outgoing_args:
	sub $64,%rsp
	mov %rsp,%r15
	mov %r15,8(%rsp)
	call r_stub_8args
	mov 8(%rsp),%rdx
	mov %rdx,%rsp
	add $64,%rsp
	ret
	.size r_outgoing_args, .-r_outgoing_args
	.type r_stub_8args,@function
r_stub_8args:
	movq $0,8(%rsp)
	movq $0,16(%rsp)
	ret
	.size r_stub_8args, .-r_stub_8args
