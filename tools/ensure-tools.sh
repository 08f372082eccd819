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
  "pdftotext poppler-utils"
  "python3 python3"
  "node nodejs"
  "npm npm"
  "/usr/include/CUnit/Basic.h libcunit1-dev"
  "/usr/include/editline/readline.h libedit-dev"
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk"
  "/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf fonts-linuxlibertine"
  "/usr/lib/python3/dist-packages/munkres.py python3-munkres"
  "/usr/share/unicode/NameAliases.txt unicode-data"
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

install_packages() {

if ! command -v apt-get >/dev/null 2>&1; then
    echo "minipy needs these packages (Debian names): ${missing[*]}" >&2
    echo "Install them with your system's package manager, then run make again." >&2
    return 1
fi
if [ "$(id -u)" != 0 ]; then
    echo "minipy needs: ${missing[*]}" >&2
    echo "Run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The site's search (pagefind) and the browser check that drives it
# (playwright-core), from npm at the versions tools/search/package-lock.json
# pins; installed in tools/search/node_modules (git-ignored).
install_search() {
    local dir tools_dir
    tools_dir=$(cd "$(dirname "$0")" && pwd)
    dir="$tools_dir/search"
    [ -x "$dir/node_modules/.bin/pagefind" ] && [ -d "$dir/node_modules/playwright-core" ] && return 0
    if ! command -v npm >/dev/null 2>&1; then
        echo "minipy needs npm (Debian: npm) to install the site's search tool" >&2
        return 1
    fi
    echo "Installing (npm ci in tools/search): pagefind, playwright-core"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

status=0
if [ ${#missing[@]} -gt 0 ]; then
    install_packages || status=1
fi
[ $status -eq 0 ] && { install_search || status=1; }
exit $status
