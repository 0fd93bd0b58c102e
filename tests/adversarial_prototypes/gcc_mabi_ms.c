/* Whole unit compiled with gcc -mabi=ms: every function is Microsoft x64
 * (home space above the return address), none says so in DWARF. */
#include "common.h"
extern void take(long *);
__attribute__((noinline)) void home(long a) { take(&a); }
void on_home(void) { call_on_stack(home); }
