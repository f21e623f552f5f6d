#!/usr/bin/env bash
# Installs the Java runtimes that sdk-compat's matrix runs on and this machine (Debian 12) lacks, from Debian's own
# package archive; .ci/run runs it before `mvn verify`. Idempotent: a runtime already there is left alone.
#
#   Java 11  openjdk-11-jre-headless of Debian 11 (bullseye-security), installed with apt: Debian 12 has no Java 11,
#            and Debian 11's build runs on Debian 12's libraries.
#   Java 17  Debian 12's default JDK (the build's).
#   Java 21  openjdk-21-jre-headless of Debian 13 (trixie), unpacked into /opt/mlmeta-jdks (not installed: it needs
#            glibc 2.38, Debian 12 has 2.36), with Debian 13's libc6 unpacked beside it; patchelf points its launcher
#            at that glibc. Only these runtimes load it; the system's libraries are not touched.
#   Java 25  Temurin 25 where the machine has it (/usr/lib/jvm/temurin-25-jdk-amd64), else Debian 13's, as Java 21.
#
# apt runs with a private source list and state (under /var/cache/mlmeta-jdks): the system's apt sources stay as they
# are. Needs root. Usage: sudo bash sdk-compat/install-jdks.sh
set -euo pipefail

OPT=/opt/mlmeta-jdks
STATE=/var/cache/mlmeta-jdks
MIRROR=http://deb.debian.org/debian
SECURITY=http://deb.debian.org/debian-security
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
STAGES=()
trap 'rm -rf "${STAGES[@]}"' EXIT

# Whether a runtime of feature release $1 is under /usr/lib/jvm or $OPT (by its release file, as the tests find it).
have() {
  local home
  for home in /usr/lib/jvm/* "$OPT"/*; do
    if [ -x "$home/bin/java" ] && grep -qE "^JAVA_VERSION=\"$1([.\"+-])" "$home/release" 2>/dev/null; then
      echo "Java $1: $home"
      return 0
    fi
  done
  return 1
}

APT_OPTS=()
apt_init() {
  [ ${#APT_OPTS[@]} -gt 0 ] && return
  mkdir -p "$STATE/lists/partial" "$STATE/archives/partial"
  cat >"$STATE/sources.list" <<EOF
deb [signed-by=$KEYRING] $MIRROR bookworm main
deb [signed-by=$KEYRING] $MIRROR bookworm-updates main
deb [signed-by=$KEYRING] $SECURITY bookworm-security main
deb [signed-by=$KEYRING] $SECURITY bullseye-security main
deb [signed-by=$KEYRING] $MIRROR trixie main
EOF
  # Nothing comes from bullseye or trixie unless named with its version.
  cat >"$STATE/preferences" <<EOF
Package: *
Pin: release n=trixie
Pin-Priority: 1

Package: *
Pin: release n=bullseye-security
Pin-Priority: 1
EOF
  APT_OPTS=(-o "Dir::Etc::SourceList=$STATE/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::Etc::Preferences=$STATE/preferences" -o Dir::Etc::PreferencesParts=/dev/null
    -o "Dir::State::Lists=$STATE/lists" -o "Dir::Cache::Archives=$STATE/archives" -o DPkg::Lock::Timeout=600)
  apt-get "${APT_OPTS[@]}" -q update
}

apt_private() {
  apt_init
  DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" "$@"
}

# The newest version of package $1 in suite $2.
version_in() {
  apt_init >&2
  apt-cache "${APT_OPTS[@]}" madison "$1" | awk -F'|' -v s="$2" '$3 ~ (" " s "/") {gsub(/ /, "", $2); print $2; exit}'
}

install_11() {
  have 11 && return
  apt_init
  local v
  v=$(version_in openjdk-11-jre-headless bullseye-security)
  [ -n "$v" ] || { echo "openjdk-11-jre-headless: not in bullseye-security" >&2; exit 1; }
  apt_private install -y -q --no-install-recommends "openjdk-11-jre-headless=$v"
  have 11
}

# Unpacks Debian 13's openjdk-$1-jre-headless into $OPT/java-$1-openjdk-amd64, on Debian 13's glibc.
unpack_trixie() {
  local feature=$1 v stage home glibc link target exe rpath
  have "$feature" && return
  apt_init
  if ! command -v patchelf >/dev/null; then
    apt_private install -y -q --no-install-recommends patchelf
  fi
  stage=$(mktemp -d)
  STAGES+=("$stage")
  glibc=$OPT/glibc-trixie
  (
    cd "$stage"
    v=$(version_in "openjdk-$feature-jre-headless" trixie)
    [ -n "$v" ] || { echo "openjdk-$feature-jre-headless: not in trixie" >&2; exit 1; }
    apt_private download "openjdk-$feature-jre-headless=$v"
    if [ ! -x "$glibc/ld-linux-x86-64.so.2" ]; then
      apt_private download "libc6=$(version_in libc6 trixie)"
    fi
  )
  mkdir -p "$OPT"
  if [ ! -x "$glibc/ld-linux-x86-64.so.2" ]; then
    dpkg-deb -x "$stage"/libc6_*.deb "$stage/libc6"
    rm -rf "$glibc.tmp" && cp -a "$stage/libc6/usr/lib/x86_64-linux-gnu" "$glibc.tmp" && mv "$glibc.tmp" "$glibc"
  fi
  dpkg-deb -x "$stage"/openjdk-"$feature"-jre-headless_*.deb "$stage/jre"
  home=$stage/jre/usr/lib/jvm/java-$feature-openjdk-amd64
  # The package links its configuration into /etc/java-N-openjdk: copy it in instead, so the runtime stands alone.
  find "$home" -type l -lname "/etc/java-$feature-openjdk/*" | while read -r link; do
    target=$(readlink "$link")
    rm "$link" && cp -a "$stage/jre$target" "$link"
  done
  for exe in "$home"/bin/* "$home"/lib/jspawnhelper "$home"/lib/jexec; do
    if [ -f "$exe" ] && head -c 4 "$exe" | grep -q ELF; then
      rpath=$(patchelf --print-rpath "$exe")
      patchelf --set-interpreter "$glibc/ld-linux-x86-64.so.2" --force-rpath --set-rpath "$glibc${rpath:+:$rpath}" "$exe"
    fi
  done
  "$home/bin/java" -version
  rm -rf "$OPT/java-$feature-openjdk-amd64"
  mv "$home" "$OPT/java-$feature-openjdk-amd64"
  have "$feature"
}

if [ "$(id -u)" != 0 ]; then
  echo "install-jdks.sh: run as root (apt)" >&2
  exit 1
fi
install_11
have 17 || apt_private install -y -q --no-install-recommends openjdk-17-jre-headless
unpack_trixie 21
unpack_trixie 25
