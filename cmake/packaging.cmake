# Packaging: `cpack -G DEB` in the build folder makes a .deb of what `cmake --install` puts in
# place (bin/ndrform, bin/ndrtool, the desktop file, the MIME types, the icon, the metainfo).
# The runtime dependencies are Debian 12's package names for the libraries the programs link
# and the Qt plugins they load (SQLite for the store, SVG for the icons).
set(CPACK_PACKAGE_NAME "ndrform")
set(CPACK_PACKAGE_VENDOR "NDR Form maintainers")
set(CPACK_PACKAGE_CONTACT "NDR Form maintainers <maintainers@ndrform.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "See who did not get your mail, why, and send it again")
set(CPACK_PACKAGE_DESCRIPTION
    "NDR Form opens a bounced mail (an Outlook .msg non-delivery report or an Internet DSN .eml), \
lists the recipients who did not receive the message and explains each failure in plain words. \
Its Resend button runs the MAPI resend procedure into a local message store. ndrtool is its \
command-line side.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ndrform")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB" CACHE STRING "CPack generators")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://ndrform.invalid/")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6printsupport6 (>= 6.4), \
libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4), \
libgmime-3.0-0, libglib2.0-0, libsqlite3-0, libc6, libgcc-s1, libstdc++6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme, fonts-dejavu-core, qt6-wayland")
# The desktop, MIME and icon caches are refreshed by dpkg's triggers (shared-mime-info,
# desktop-file-utils, hicolor-icon-theme): no maintainer scripts of our own.

include(CPack)
