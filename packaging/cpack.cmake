# CPack: `cpack -G DEB` on Linux, `cpack -G NSIS` on Windows (packaging/windows/build.ps1).
set(CPACK_PACKAGE_NAME copydesk)
set(CPACK_PACKAGE_VENDOR "The Copydesk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "newsroom editor for local news outlets")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/copydesk/copydesk")
set(COPYDESK_PACKAGE_MAINTAINER "Copydesk developers <copydesk@example.org>" CACHE STRING
    "Maintainer named in the packages")
set(CPACK_PACKAGE_CONTACT "${COPYDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Copydesk)
set(CPACK_PACKAGE_EXECUTABLES copydesk Copydesk)
set(CPACK_STRIP_FILES ON)

# Debian: copydesk_<version>_<arch>.deb, library dependencies from dpkg-shlibdeps; what the
# programs load at run time (plugins, helper process, translations, fonts) is named by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-wqy-microhei, fonts-arphic-uming, fonts-dejavu-core, hunspell-en-us, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fcitx5-frontend-qt6")
# The summary is the synopsis; this is the extended description beneath it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Copydesk turns copy from reporters and press offices (Word files,
WeChat posts, plain text) into a finished news article: headline, lead,
sub-heads, photos with captions and credits, byline, source line and
responsible editor. It previews the page exactly as the site shows it
and exports HTML, PDF, Word, ODT, Markdown, NITF, NewsML-G2 and WeChat
rich text. Drafts are saved continuously to a local SQLite store.
.
The package holds the window program, copydesk, and the command-line
program, copydesk-cli.")

include(${CMAKE_SOURCE_DIR}/packaging/windows/nsis.cmake)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
