# Pair c37_01_cs_call_local (a.s); class 37-direct-call-prefixes (blind review 137, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c37_01_cs_call_local/a.o
# g calls the local h, resolved by the assembler (no relocation): call h in
# a.s, cs call h (2e e8, the prefix ignored in 64-bit mode) in b.s. objtool
# lists every direct call in .call_sites (in IBT and LTO builds only at
# vmlinux.o), and call-depth tracking writes a 5-byte call to h's thunk
# over it (callthunks.c patch_call): in b the displacement's last byte is
# left behind and g runs on misaligned (the reviewer's model of patch_call
# on the linked images: 0x2b in a, a fault in b). g changed; h the same.
	.text
	.p2align 4
	.skip 16,0x90
	.type h,@function
h:
	movl $3,%eax
	ret
	int3
	.size h,.-h
	.p2align 4,0xcc
	.skip 16,0x90
	.globl g
	.type g,@function
g:
	pushq %rbx
	movl $40,%ebx
	call h
	addl %ebx,%eax
	popq %rbx
	ret
	int3
	.size g,.-g
