// A replacement `jmp +3; 6 x nop` (8 bytes). apply_alternatives copies it,
// then text_poke_apply_relocation() runs optimize_nops() over the copy: the
// six 0x90 become `66 0f 1f 44 00 00`, and the jmp now lands at its +3:
// `44 00 00` = add %r8b,(%rax): %rax points at the spilled %rsp copy.

.text
.globl victim
.type victim,@function
victim:
    push %rbx
    push %rbp
    mov %rsp,%rbx
    mov %rbx,(%rsp)
    mov %rsp,%rax
    mov $1,%r8d
1: .byte 0x90,0x90,0x90,0x90,0x90,0x90,0x90,0x90
2: mov (%rsp),%rbx
    mov %rbx,%rsp
    pop %rbp
    pop %rbx
    ret
.size victim, .-victim
.pushsection .altinstr_replacement,"ax"
3: .byte 0xeb,0x03,0x90,0x90,0x90,0x90,0x90,0x90
4:
.popsection
.pushsection .altinstructions,"a"; .long 1b - .; .long 3b - .; .long 0x12; .byte 2b-1b; .byte 4b-3b; .popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
