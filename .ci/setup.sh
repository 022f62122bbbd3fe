# Shared by run.sh and test.sh (sourced): install what is missing, then configure and build.
# Debian 12 packages only; sudo when not root.

PASSERELLE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev  # HttpServer's CMake config needs WebSockets on Debian
    qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    libgtest-dev libgmock-dev googletest libbenchmark-dev
    clang libclang-rt-14-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
    libqt6svg6  # the window icon is an SVG
    qt6-translations-l10n  # Qt's own strings in French ("Annuler", the file dialogs)
    desktop-file-utils appstream libxml2-utils man-db  # the install tree's checks
    dpkg-dev file lintian  # cpack -G DEB (shlibdeps, strip) and its check
)

passerelle_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

passerelle_install_missing() {
    local missing=()
    local pkg
    for pkg in "${PASSERELLE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    passerelle_as_root apt-get update
    passerelle_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

passerelle_build() {
    local build_dir="$1"
    cmake -S "$PASSERELLE_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" --parallel "$(nproc)"
}
