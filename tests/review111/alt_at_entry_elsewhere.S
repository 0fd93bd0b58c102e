// An .altinstructions entry whose site is victim+0, in another input:
// with feature 0x10 the kernel writes `push %rbx; mov %rax,%rbx` over
// victim+0..3, and the restore then writes the caller's %rax.
.text
.globl other
.type other,@function
other: ret
.size other, .-other
.pushsection .altinstr_replacement,"ax"
1: push %rbx; mov %rax,%rbx
2:
.popsection
.pushsection .altinstructions,"a"
.long victim - .
.long 1b - .
.long 0x10
.byte 4
.byte 2b-1b
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
