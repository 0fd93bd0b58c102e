/* probe: as secsym.c, but foo is the SECOND function of .text.foo */
#include "../common.h"
static NOSAN __attribute__((used, section(".text.foo"))) void first(long a) { sink = a + 1; }
static NOSAN __attribute__((used, section(".text.foo"))) void foo(long a) { sink = a; }
void on_benign(void) { call_on_stack(foo); }
void on_first(void) { call_on_stack(first); }
