// one_site_two_targets with its two entries in the other order
#define REVERSED
#include "one_site_two_targets.S"
