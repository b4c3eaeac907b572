# The Debian package: `cpack -G DEB` from the build tree (scripts/package.sh) builds docpipe_<version>_<arch>.deb
# with everything `cmake --install` lays out, under /usr. Runtime dependencies come from dpkg-shlibdeps (the
# shared libraries the program and the plugins link: poppler-cpp, libzip, libxml2, ICU, Boost.JSON, fmt, Tesseract,
# Leptonica), plus poppler-data, which poppler only opens at run time for the CJK maps Chinese PDFs need, and
# tesseract-ocr-chi-sim, the Chinese model Tesseract loads at run time for OCR.
install(FILES ${CMAKE_SOURCE_DIR}/packaging/docpipe.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION share/doc/docpipe)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION share/doc/docpipe/docs)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/docpipe.sysusers DESTINATION lib/sysusers.d RENAME docpipe.conf)

set(CPACK_PACKAGE_NAME docpipe)
set(CPACK_PACKAGE_VENDOR "docpipe")
set(CPACK_PACKAGE_CONTACT "docpipe maintainers <docpipe@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Annual rule-of-law government reports into data, with plugin pipelines")
set(CPACK_PACKAGE_DESCRIPTION
    "docpipe turns the annual reports on rule-of-law government construction that Chinese local governments\n"
    "publish (TXT, DOCX, PDF) into their text, sections, figures and inconsistencies, as CSV, XML and JSON,\n"
    "in batch runs (docpipe run) or as an HTTP service (docpipe serve).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are modules the program loads, not libraries it links: let dpkg-shlibdeps read them too.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_BINARY_DIR}/${DOCPIPE_PLUGIN_INSTALL_DIR})
set(CPACK_DEBIAN_PACKAGE_DEPENDS "poppler-data, tesseract-ocr-chi-sim, passwd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/packaging/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
