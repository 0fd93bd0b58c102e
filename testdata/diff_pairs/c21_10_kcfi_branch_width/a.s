# Pair c21_10_kcfi_branch_width (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_10_kcfi_branch_width/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# kCFI indirect-call check 'movl $-hash,%r10d; addl -15(%r11),%r10d; je; ud2; 
# call __x86_indirect_thunk_r11' with je short (A) vs je near (B). The tool 
# normalises the je (identical, exit 0). At boot, FineIBT's 
# cfi_rewrite_callers() reads site-14 expecting 41 ba (decode_caller_hash). 
# In B the movl is at site-18, so the caller is not rewritten while callee 
# preambles are, and the kCFI check then reads 

	.text
	.globl call
	.type call,@function
	.p2align 4
call:
	pushq	%rax
	movq	%rdi, %r11
	movl	%esi, %edi
	movl	$4294637676, %r10d
	addl	-15(%r11), %r10d
	je	.Ltmp0
.Ltmp1:
	ud2
	.section	.kcfi_traps,"ao",@progbits,.text
.Ltmp2:
	.long	.Ltmp1-.Ltmp2
	.text
.Ltmp0:
	callq	__x86_indirect_thunk_r11
	incl	%eax
	popq	%rcx
	retq
	.size	call, .-call
	.section .retpoline_sites,"a",@progbits
	.p2align 2
	.long .Ltmp0 - .
