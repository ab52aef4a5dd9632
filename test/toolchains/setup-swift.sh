#!/usr/bin/env bash
# Builds (once per machine) a Debian trixie chroot with Swift 6, for the tests that compile the Swift output.
# Debian 12 ships no Swift; trixie's `swiftlang` does. The chroot lives outside the repository, so a clean
# clone reuses it. The Debian mirror is read from this machine's apt sources, never written down here.
#
#   SWIFT_CHROOT  where the chroot lives (default /var/cache/status-codegen/swift-trixie)
set -euo pipefail

root="${SWIFT_CHROOT:-/var/cache/status-codegen/swift-trixie}"
stamp="$root/.status-codegen-ready"

if [ -f "$stamp" ]; then
  echo "swift chroot ready at $root"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-swift: building the Swift chroot needs root (debootstrap, chroot, mount)." >&2
  exit 1
fi

# First "URIs:" (deb822) or "deb URL" (one-line format) entry for the main Debian archive.
mirror=""
for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  mirror=$(awk '
    /^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }
    /^deb / { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/ && $i ~ /\/debian\/?$/) { print $i; exit } }
  ' "$f")
  [ -n "$mirror" ] && break
done
if [ -z "$mirror" ]; then
  echo "setup-swift: no Debian mirror found in /etc/apt/sources*; cannot build the chroot." >&2
  exit 1
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# Build into a scratch folder and rename at the end, so an interrupted run never leaves a half chroot
# that looks ready.
work="$root.partial"
rm -rf "$work"
mkdir -p "$(dirname "$root")"
echo "setup-swift: debootstrap trixie into $work (about 70 s)"
debootstrap --variant=minbase trixie "$work" "$mirror" >/tmp/status-codegen-debootstrap.log 2>&1 || {
  tail -n 30 /tmp/status-codegen-debootstrap.log >&2
  exit 1
}

cleanup() { umount "$work/proc" 2>/dev/null || true; }
trap cleanup EXIT
mount -t proc proc "$work/proc"
chroot "$work" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c \
  'apt-get update -qq && apt-get install -y -qq --no-install-recommends swiftlang libc6-dev >/dev/null'
chroot "$work" swiftc --version
umount "$work/proc"
trap - EXIT

rm -rf "$root"
mv "$work" "$root"
touch "$stamp"
echo "swift chroot ready at $root"
