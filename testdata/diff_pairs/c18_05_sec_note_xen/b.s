# Pair c18_05_sec_note_xen (b.s); class 18-blind-review-15b
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c18_05_sec_note_xen/b.o
#
# From the second blind review of diff's 'identical' (session 15), where
# rspill called this pair identical. Truth: changed.
# .note.Xen (allocated SHT_NOTE, read by the Xen loader/hypervisor) value 0x1000 vs 0x2000


	.text
	.globl f; .type f,@function
f:	ret
	.size f, .-f
	.section .note.Xen,"a",@note
	.long 4,4,7
	.asciz "Xen"
	.long 0x2000
