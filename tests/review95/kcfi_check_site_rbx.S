// kcfi_check_site_not_a_call with a call at the site and the %r11 copy kept
// in %rbx for the restore after it (VAR=1)
#define VAR 1
#include "kcfi_check_site_not_a_call.S"
