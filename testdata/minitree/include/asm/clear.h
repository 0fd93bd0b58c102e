/* SPDX-License-Identifier: GPL-2.0 */
/* rspill test tree: an inline asm call with ASM_CALL_CONSTRAINT last. */
#ifndef _MINITREE_CLEAR_H
#define _MINITREE_CLEAR_H

#include <asm/asm.h>

static inline unsigned long clear_chunk(unsigned char *p, unsigned long len,
					 unsigned long *count)
{
	asm volatile("call clear_pages_helper"
		     : "+c" (len), "+D" (p), "+m" (*count), ASM_CALL_CONSTRAINT
		     : "a" (0UL)
		     : "cc", "memory", "r8", "r9", "r10", "r11");
	return len;
}

#endif
