// call_padding_entered with the jump into the padding written `jmp B-6`
// (a relocation, not a local jump)
#define THROUGH_RELOCATION
#include "call_padding_entered.S"
