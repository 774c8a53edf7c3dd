#!/usr/bin/env bash
# Install everything the default matrix needs from Debian's apt archive.
# Idempotent: prints nothing and changes nothing when every package is present.
set -euo pipefail

packages=(
  make gcc binutils file
  qemu-user gdb-multiarch
  gcc-aarch64-linux-gnu libc6-dev-arm64-cross g++ g++-aarch64-linux-gnu g++-arm-linux-gnueabihf g++-powerpc64le-linux-gnu
  gcc-arm-linux-gnueabihf libc6-dev-armhf-cross
  gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross
  gcc-riscv64-linux-gnu libc6-dev-riscv64-cross
  gcc-s390x-linux-gnu libc6-dev-s390x-cross
  gcc-i686-linux-gnu libc6-dev-i386-cross
  python3 python3-pytest python3-pytest-xdist python3-pytest-timeout
  python3-pyelftools python3-jinja2
  dejagnu
  golang-go gccgo gccgo-aarch64-linux-gnu gccgo-arm-linux-gnueabihf gccgo-powerpc64le-linux-gnu
  lcov
  clang lld llvm mold musl-tools
  chromium
  openssh-server openssh-client gdbserver
  cvise python3-tomlkit
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# openssh-server is here for its sshd binary only (the board self-test starts its own on 127.0.0.1):
# on a systemd machine its package enables and starts a system-wide sshd; stop and disable that.
if [[ " ${missing[*]} " == *" openssh-server "* ]] && [ -d /run/systemd/system ]; then
  "${sudo[@]}" systemctl disable --now ssh.service ssh.socket >/dev/null 2>&1 || true
fi
echo "install-deps: done" >&2
