# `cpack -G DEB` in the build folder: a Debian package of what `cmake --install` installs, with its
# dependencies computed by dpkg-shlibdeps and its binaries stripped.
set(CPACK_PACKAGE_NAME passerelle)
set(CPACK_PACKAGE_VENDOR "The Passerelle developers")
set(CPACK_PACKAGE_CONTACT "${PASSERELLE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided private cloud migration for hosting customers")
# Debian wants the extended description in lines of at most 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
    "Passerelle walks a hosting customer through their provider's required
private cloud migration, step by step: prepare the accounts, request the
transit server, migrate the accounts one by one, verify, have the server
reinstalled, move the accounts back. It shows which step the migration is
in, what each account may do now and why not, how long each downtime will
be and what the transit server costs. Every action is journaled, so that an
interrupted migration resumes where it stopped, and an offline dry-run
rehearses the whole migration.

This package holds the wizard (passerelle), its command-line face for
scripts (passerelle-cli) and a simulated provider for rehearsals and tests
(passerelle-sim).")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # must match resources/debian/changelog
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the journal's SQLite driver, the SVG icon.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# The API key lives in the Secret Service.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
