#!/bin/sh
# emu.py's stand-in for rspill: the claims of $CLAIMSRC (scanned by $BIN),
# under the name of the object emu.py runs (its last argument).
last=""; for a in "$@"; do last=$a; done
"$BIN" scan --no-source --format json "$CLAIMSRC" | sed "s|\"file\":\"$CLAIMSRC\"|\"file\":\"$last\"|"
