/* probe (over-conservatism): a static one-argument callee alone in its own
 * section, reached through a section-symbol relocation; the caller is not at
 * offset 0 of .text (pad() is) */
#include "../common.h"
void pad(void) { sink = 1; }
static NOSAN __attribute__((used, section(".text.foo"))) void foo(long a) { sink = a; }
void on_benign(void) { call_on_stack(foo); }
