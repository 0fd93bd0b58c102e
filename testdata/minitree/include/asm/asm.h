/* SPDX-License-Identifier: GPL-2.0 */
/* rspill test tree: the kernel's way of making the compiler set up the frame
 * before an inline asm "call" (written for rspill's tests). */
#ifndef _MINITREE_ASM_H
#define _MINITREE_ASM_H

register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

#endif
