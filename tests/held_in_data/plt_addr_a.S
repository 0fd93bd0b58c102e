#include "victim.inc"
