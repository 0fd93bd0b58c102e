// kcfi_caller_check with a jump into its 14 bytes (to the ud2): FineIBT
// writes other instructions over them, and the jump lands in the middle of
// one: not the check the kernel expects, so no claim.
#define ENTERED
#include "kcfi_caller_check.S"
