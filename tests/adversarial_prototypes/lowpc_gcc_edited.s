# EDITED by edit_dwarf.py from lowpc_gcc.s
	.file	"lowpc_gcc.c"
	.text
.Ltext0:
	.file 0 "/work/main/tests/adversarial_prototypes" "lowpc_gcc.c"
	.p2align 4
	.globl	one
	.type	one, @function
one:
.LVL0:
.LFB0:
	.file 1 "lowpc_gcc.c"
	.loc 1 7 24 view -0
	.cfi_startproc
	.loc 1 7 26 view .LVU1
	.loc 1 7 31 is_stmt 0 view .LVU2
	movq	%rdi, sink(%rip)
	.loc 1 7 36 view .LVU3
	ret
	.cfi_endproc
.LFE0:
	.size	one, .-one
	.p2align 4
	.globl	on_one
	.type	on_one, @function
on_one:
.LFB1:
	.loc 1 9 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 9 21 view .LVU5
.LBB2:
	.loc 1 9 21 view .LVU6
	movq	$other_stack+4088, %r11
	.loc 1 9 21 view .LVU7
#APP
# 9 "lowpc_gcc.c" 1
	movq %rsp, (%r11)
	movq %r11, %rsp
	call one
	popq %rsp
# 0 "" 2
#NO_APP
.LBE2:
	.loc 1 9 21 view .LVU8
	.loc 1 9 41 is_stmt 0 view .LVU9
	ret
	.cfi_endproc
.LFE1:
	.size	on_one, .-on_one
#APP
	.globl evl
.type evl,@function
evl:
	movq $0x5858, 8(%rsp)
	ret
.size evl, .-evl
#NO_APP
	.p2align 4
	.globl	on_evl
	.type	on_evl, @function
on_evl:
.LFB2:
	.loc 1 12 19 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 12 21 view .LVU11
.LBB3:
	.loc 1 12 21 view .LVU12
	movq	$other_stack+4088, %r11
	.loc 1 12 21 view .LVU13
#APP
# 12 "lowpc_gcc.c" 1
	movq %rsp, (%r11)
	movq %r11, %rsp
	call evl
	popq %rsp
# 0 "" 2
#NO_APP
.LBE3:
	.loc 1 12 21 view .LVU14
	.loc 1 12 41 is_stmt 0 view .LVU15
	ret
	.cfi_endproc
.LFE2:
	.size	on_evl, .-on_evl
.Letext0:
	.file 2 "common.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x114
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x6
	.long	.LASF10
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF2
	.byte	0x2
	.byte	0x2
	.byte	0x18
	.long	0x3c
	.uleb128 0x1
	.byte	0x57
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF4
	.uleb128 0x2
	.long	.LASF3
	.byte	0x4
	.byte	0xd
	.long	0x4e
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF5
	.uleb128 0x8
	.long	0x66
	.long	0x66
	.uleb128 0x9
	.long	0x3c
	.value	0xfff
	.byte	0
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.long	.LASF6
	.uleb128 0x2
	.long	.LASF7
	.byte	0x5
	.byte	0x16
	.long	0x55
	.uleb128 0x3
	.long	.LASF8
	.byte	0xc
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xb3
	.uleb128 0x4
	.quad	.LBB3
	.quad	.LBE3-.LBB3
	.uleb128 0x5
	.string	"tos"
	.byte	0xc
	.long	0xb3
	.uleb128 0x1
	.byte	0x5b
	.byte	0
	.byte	0
	.uleb128 0xa
	.byte	0x8
	.uleb128 0x3
	.long	.LASF9
	.byte	0x9
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0xf0
	.uleb128 0x4
	.quad	.LBB2
	.quad	.LBE2-.LBB2
	.uleb128 0x5
	.string	"tos"
	.byte	0x9
	.long	0xb3
	.uleb128 0x1
	.byte	0x5b
	.byte	0
	.byte	0
	.uleb128 0xb
	.string	"evl"	# EDITED: was "one"
	.byte	0x1
	.byte	0x7
	.byte	0xc
	.quad	evl	# EDITED: was .LFB0 (one)
	.quad	10	# EDITED: was .LFE0-.LFB0; evl is 10 bytes
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x7
	.byte	0x15
	.long	0x4e
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 21
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.long	0x2c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	0
	.quad	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF2:
	.string	"current_stack_pointer"
.LASF8:
	.string	"on_evl"
.LASF7:
	.string	"other_stack"
.LASF10:
	.string	"GNU C17 12.2.0 -mno-red-zone -mcmodel=kernel -mtune=generic -march=x86-64 -g -O2 -fno-pic -ffreestanding -fno-builtin -fno-toplevel-reorder -fasynchronous-unwind-tables"
.LASF6:
	.string	"unsigned char"
.LASF5:
	.string	"long int"
.LASF4:
	.string	"long unsigned int"
.LASF3:
	.string	"sink"
.LASF9:
	.string	"on_one"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main/tests/adversarial_prototypes"
.LASF0:
	.string	"lowpc_gcc.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
