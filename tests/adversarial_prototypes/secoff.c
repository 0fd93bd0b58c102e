/*
 * Same offset, different sections.  plain(long) is the first function of
 * .text (offset 0, DWARF).  At offset 0 of .text.evil is assembly with no
 * function symbol (a local label), which writes the cell.  The switch calls
 * the local label, i.e. .text.evil+0 through a section-symbol relocation.
 */
#include "common.h"
NOSAN void plain(long a) { sink = a; }
asm(".pushsection .text.evil,\"ax\",@progbits\n"
    ".Levil:\n\tmovq $0x5555, 8(%rsp)\n\tret\n"
    ".popsection");
void on_secoff(void) { call_on_stack(.Levil); }

/* variant: the code at .text.evil2+0 has a NOTYPE global label */
asm(".pushsection .text.evil2,\"ax\",@progbits\n"
    ".globl evil2\nevil2:\n\tmovq $0x5656, 8(%rsp)\n\tret\n"
    ".popsection");
void on_secoff2(void) { call_on_stack(evil2); }
/* variant: a local function symbol with a size */
asm(".pushsection .text.evil3,\"ax\",@progbits\n"
    ".type evil3,@function\nevil3:\n\tmovq $0x5757, 8(%rsp)\n\tret\n.size evil3,.-evil3\n"
    ".popsection");
void on_secoff3(void) { call_on_stack(evil3); }
