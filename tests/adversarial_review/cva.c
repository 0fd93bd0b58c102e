#include <stdarg.h>
/* C, SysV-conforming: returns the start of its stack-argument area = the caller's 0(%rsp) */
__attribute__((noinline)) void *va_area(int n, ...) {
	va_list ap; va_start(ap, n);
	void *p = ap[0].overflow_arg_area;
	va_end(ap);
	return p;
}
/* kernel-style: the caller's frame address (needs frame pointers) */
__attribute__((noinline)) void *parent_frame(void) { return __builtin_frame_address(1); }
