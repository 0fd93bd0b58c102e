# Truth: .cfi_sites entry points at h+0, which holds "mov $hash,%eax" (b8 imm32) and an endbr64 at +16, exactly
# what cfi_rewrite_preamble() checks. With cfi=fineibt (default on IBT hardware) the kernel overwrites the 16
# bytes at h+0 with the FineIBT preamble (endbr64; subl $hash,%r10d; je +3; ud2; nop), wiping the copy
# "mov %rsp,%rbx" -> the restore at h+20 loads rsp from the caller's rbx.
	.text
	.globl h
	.type h,@function
h:
	mov $0x12345678,%eax
	mov %rsp,%rbx
	.fill 8,1,0x90
	endbr64
	mov %rbx,%rsp
	ret
	.size h,.-h
	.section .cfi_sites,"a"
	.p2align 2
	.long h - .
