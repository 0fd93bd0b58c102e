// The session's own variant: a .static_call_sites entry at prev's `ret`
// (a tail site: the kernel accepts a `ret` there and writes a 5-byte jmp,
// or `ret; int3...`), 4 bytes of which are victim's first.
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
.pushsection .static_call_sites,"aw"
.long 1b - .
.long key - . + 1
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
