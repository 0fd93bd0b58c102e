/*
 * Source for lowpc_gcc_edited.s (gcc -S, then one()'s DW_AT_low_pc/high_pc
 * pointed at evl, an asm function (evl) in .text without DWARF that writes the
 * cell, and its DW_AT_name changed to "evl" (same length as "one", so no DIE offsets move)).
 */
#include "common.h"
NOSAN void one(long a) { sink = a; }
void on_evl(void);
void on_one(void) { call_on_stack(one); }
asm(".globl evl\n.type evl,@function\n"
    "evl:\n\tmovq $0x5858, 8(%rsp)\n\tret\n.size evl, .-evl");
void on_evl(void) { call_on_stack(evl); }
