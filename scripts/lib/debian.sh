# Sourced by the scripts in scripts/services/: installs Debian packages the
# first time a service is needed. Quiet and quick when they are already there.

as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# install_debian_packages PACKAGE...: apt-get install those not yet installed;
# refreshes the package lists first when they are missing or apt cannot find one.
install_debian_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null ||
        ! as_root apt-get install -y -q "${missing[@]}" >&2; then
        as_root apt-get update -q >&2
        as_root apt-get install -y -q "${missing[@]}" >&2
    fi
}
