
.text
.globl helper
.type helper,@function
helper: .byte 0x66,0x90
    ret
.size helper,.-helper
