#!/usr/bin/env bash
# Runs one command inside the Swift chroot (see setup-swift.sh) with /proc mounted, and unmounts /proc
# afterwards, also when the command fails. Runs are serialised with flock so that one run never unmounts
# /proc under another. A /proc that was already mounted by someone else is left mounted.
#
#   swift-chroot.sh COMMAND [ARGS…]      paths are as seen inside the chroot
set -euo pipefail

root="${SWIFT_CHROOT:-/var/cache/status-codegen/swift-trixie}"
if [ ! -f "$root/.status-codegen-ready" ]; then
  echo "swift-chroot: no Swift chroot at $root; run: npm run setup:swift (as root)" >&2
  exit 127
fi

exec 9>"$root.lock"
flock 9

mounted_here=0
if ! mountpoint -q "$root/proc"; then
  mount -t proc proc "$root/proc"
  mounted_here=1
fi
cleanup() {
  if [ "$mounted_here" = 1 ]; then
    umount "$root/proc" 2>/dev/null || umount -l "$root/proc"
  fi
}
trap cleanup EXIT

chroot "$root" "$@"
