#include "sp.h"
#ifdef DEEP
#include "mid2.h"
#else
#include "mid.h"
#endif
void g(void) { f(); }
