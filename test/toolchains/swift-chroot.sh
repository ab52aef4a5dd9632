#!/usr/bin/env bash
# Runs one command inside the Swift chroot (see setup-swift.sh) with /proc mounted, and unmounts /proc
# afterwards, also when the command fails. Runs are serialised with flock so that one run never unmounts
# /proc under another. Every run holds the lock while /proc is mounted, so a /proc found mounted once the
# lock is ours was left by a run that was killed (SIGKILL skips the trap): it is unmounted afterwards too.
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

if ! mountpoint -q "$root/proc"; then
  mount -t proc proc "$root/proc"
fi
cleanup() {
  umount "$root/proc" 2>/dev/null || umount -l "$root/proc"
}
trap cleanup EXIT

chroot "$root" "$@"
