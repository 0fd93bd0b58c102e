/* Shared definitions for the suggest oracle corpus (kernel style). */
#ifndef ASMDEFS_H
#define ASMDEFS_H

/* arch/x86/include/asm/asm.h */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)

/* include/linux/stringify.h */
#define __stringify_1(x...)	#x
#define __stringify(x...)	__stringify_1(x)

/* arch/x86/include/asm/percpu.h */
#define __percpu_seg		gs
#define __percpu_arg(x)		"%%" __stringify(__percpu_seg) ":%P" #x

/* arch/x86/include/asm/alternative.h (older kernels) */
#define ASM_OUTPUT2(a...)	a
#define ASM_NO_INPUT_CLOBBER(clbr...) "i" (0) : clbr

/* include/linux/compiler_types.h */
#define asm_inline		asm __inline


/* Distinct globals for "m" operands (defined here: an extern would be reached
   through the GOT under the default -fPIE and render as a register). */
long g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15;

#endif
