// The control: victim alone; its result in the linked image is the no-op
// assumed under no-hidden-entries.
#include "../review92/common.h"
#include "victim.inc"
COMMENT
