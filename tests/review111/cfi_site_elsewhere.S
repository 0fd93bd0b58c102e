// A .cfi_sites entry naming victim+0 (in another input): FineIBT writes
// its 16-byte preamble over victim+0..15, taking `push %rbx; mov %rsp,%rbx`
// away; a direct call with %r10d = the hash enters at +16.
.text
.globl other
.type other,@function
other: ret
.size other, .-other
.pushsection .cfi_sites,"a"
.long victim - .
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
