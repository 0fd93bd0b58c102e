// static_call_ret without its .static_call_sites entry: the kernel patches
// nothing there, and the restore is a no-op (a control: claimed).
#define UNTABLED
#include "static_call_ret.S"
