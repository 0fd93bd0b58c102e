# Session 28: the direction flag set, `lodsq` moves %rsi down by 8: %rsp
# taken from %rsi names the slot holding the return address moved by D, and
# `ret` goes to f's .Lreload (see s28_ret_slot_by_displacement). Read with
# %rsi moving up, `ret` would read bump's own return slot: a false claim.
	.text
	.globl f
	.type f,@function
	.p2align 8
f:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov %rsp,-8(%rbp)
	call ext
.Lreload:
	mov -8(%rbp),%rax
	mov %rax,%rsp
	leave
	ret
	.size f,.-f

	.globl caller
	.type caller,@function
	.p2align 4
caller:
	call bump
.Lret:
	ret
	.size caller,.-caller
	.set D, .Lreload - .Lret

	.globl bump
	.type bump,@function
	.p2align 4
bump:
	sub $0x18,%rsp
	mov 0x18(%rsp),%rax
	add $D,%rax
	mov %rax,0x8(%rsp)
	lea 0x10(%rsp),%rsi
	std
	lodsq
	cld
	mov %rsi,%rsp
	ret
	.size bump,.-bump
