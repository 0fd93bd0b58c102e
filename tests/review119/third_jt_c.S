// a third input whose __jump_table entry names a site in helper (another
// input) and a target in its own code, which clobbers %rbx and returns.

.text
.globl other
.type other,@function
other: ret
evil: xor %ebx,%ebx
    ret
.size other,.-other
.pushsection __jump_table,"aw"; .balign 8; .long helper - .; .long evil - .; .quad key - .; .popsection
.data
key: .quad 0
