/*
 * -ffunction-sections + `ld -r --gc-sections`: gone(long) is discarded, its
 * DWARF stays with address 0.  The called function evil is assembly in its
 * own section at offset 0, with no DWARF of its own; it writes the cell.
 */
#include "../common.h"
NOSAN void gone(long a) { sink = a; }
asm(".pushsection .text.evil,\"ax\",@progbits\n"
    ".globl evil\n.type evil,@function\n"
    "evil:\n\tmovq $0x5252, 8(%rsp)\n\tret\n.size evil, .-evil\n.popsection");
void on_evil(void) { call_on_stack(evil); }
