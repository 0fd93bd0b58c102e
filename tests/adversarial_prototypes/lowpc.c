/*
 * Source for lowpc_edited.s (edit_dwarf.py clang): clang -S output, then the DWARF address of
 * one()'s DW_TAG_subprogram (its .debug_addr entry, .Lfunc_begin0) is
 * replaced by the address of evil, an assembly function without DWARF that
 * writes the cell, and its name is changed to "evil".  DWARF now says
 * "evil is evil(long)".
 */
#include "common.h"
NOSAN void one(long a) { sink = a; }
asm(".pushsection .text.evil,\"ax\",@progbits\n"
    ".globl evil\n.type evil,@function\n"
    "evil:\n\tmovq $0x5858, 8(%rsp)\n\tret\n.size evil, .-evil\n.popsection");
void on_evil(void) { call_on_stack(evil); }
void on_one(void) { call_on_stack(one); }
