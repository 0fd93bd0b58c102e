# Pair c21_04_sealed_endbr_vs_nop (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_04_sealed_endbr_vs_nop/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# (weak) f starts with 66 0f 1f 00 (this is exactly the kernel's sealed-ENDBR 
# poison, so is_endbr() is true) vs 0f 1f 40 00 (plain nopl). The kernel's 
# is_endbr() users act differently: arch_adjust_kprobe_addr puts a 
# function-entry kprobe at f+4 in A and at f+0 in B, and bpf_arch_text_poke 
# skips 4 bytes in A. The tool normalises the nops, so identical. WEAK false 
# identical: the difference only shows 

	.text
	.globl f
	.type f,@function
	.p2align 4
f:
	.byte 0x66,0x0f,0x1f,0x00
1:	movl $2,%edx
	movl $1,%eax
	ret
	.size f, .-f
