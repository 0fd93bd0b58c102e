#!/bin/sh
# A compiler wrapper in the tree: its environment decides the include path.
exec clang-19 $RSPILL_X "$@"
