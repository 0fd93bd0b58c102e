# Pair c18_04_note_xen_pvh_entry (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_04_note_xen_pvh_entry/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# .note.Xen XEN_ELFNOTE_PHYS32_ENTRY (18) relocation e1 vs e2+1: the hypervisor starts the kernel at a different address (mid-instruction in B)


	.text
	.globl e1; .type e1,@function
e1:	movl $1,%eax
	ret
	.size e1, .-e1
	.globl e2; .type e2,@function
e2:	movl $1,%eax
	ret
	.size e2, .-e2
	.section .note.Xen,"a",@note
	.balign 4
	.long 4, 4, 18
	.asciz "Xen"
	.balign 4
	.long e2+1
