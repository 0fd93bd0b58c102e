// Control: the same site of length 1 (the `ret` alone) ends where victim
// starts: victim's claim stands.
.text
.globl prev
.type prev,@function
prev: xor %eax,%eax
1: ret
.size prev, .-prev
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call ext; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.pushsection .altinstr_replacement,"ax"
3: ret
4:
.popsection
.pushsection .altinstructions,"a"
.long 1b - .
.long 3b - .
.long 0x10
.byte 1
.byte 4b-3b
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
