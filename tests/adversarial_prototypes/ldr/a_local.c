/* unit A: a file-local helper that happens to be called foo (one register argument) */
#include "../common.h"
static NOSAN __attribute__((used)) void foo(long a) { sink = a; }
void a_user(void) { foo(1); }
