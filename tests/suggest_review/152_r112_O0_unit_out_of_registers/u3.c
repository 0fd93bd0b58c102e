#include <h.h>
int u3(int x) { return x + 1; }
