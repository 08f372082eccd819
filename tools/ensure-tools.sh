#!/usr/bin/env bash
# ensure-tools.sh: install what the build and the tests need, if missing.
# On Debian/Ubuntu as root it runs apt-get; elsewhere it names the packages.
set -uo pipefail

# command-or-file  Debian package
needs=(
  "cc gcc"
  "make make"
  "unifdef unifdef"
  "pandoc pandoc"
  "dot graphviz"
  "valgrind valgrind"
  "gnuplot gnuplot-nox"
  "weasyprint weasyprint"
  "epubcheck epubcheck"
  "chromium chromium"
  "python3 python3"
  "/usr/include/CUnit/Basic.h libcunit1-dev"
  "/usr/include/editline/readline.h libedit-dev"
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk"
  "/usr/lib/python3/dist-packages/munkres.py python3-munkres"
  "clang-14 clang-14"
  "/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a libclang-rt-14-dev"
)

missing=()
for pair in "${needs[@]}"; do
    what=${pair% *}; pkg=${pair#* }
    if [[ $what == /* ]]; then
        [ -e "$what" ] || missing+=("$pkg")
    else
        command -v "$what" >/dev/null 2>&1 || missing+=("$pkg")
    fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "minipy needs these packages (Debian names): ${missing[*]}" >&2
    echo "Install them with your system's package manager, then run make again." >&2
    exit 1
fi
if [ "$(id -u)" != 0 ]; then
    echo "minipy needs: ${missing[*]}" >&2
    echo "Run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
