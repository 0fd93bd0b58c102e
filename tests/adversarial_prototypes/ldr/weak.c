/*
 * A __weak default with a one-register prototype; the call goes through the
 * symbol, so the final link may bind it to a strong definition elsewhere
 * (strong.c, here one with seven arguments that writes its seventh).
 */
#include "../common.h"
__attribute__((weak)) NOSAN void hook(long a) { sink = a; }
void on_weak(void) { call_on_stack(hook); }
