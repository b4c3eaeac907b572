# docpipe_add_plugin(<target> SOURCES <files...> [LINK <libraries...>] [OUTPUT_DIRECTORY <dir>])
#
# Builds a docpipe plugin: a shared library with only its descriptor exported,
# compiled against the public SDK headers (docpipe::sdk) and nothing else of the host.
function(docpipe_add_plugin target)
  cmake_parse_arguments(PLUGIN "" "OUTPUT_DIRECTORY" "SOURCES;LINK" ${ARGN})
  add_library(${target} MODULE ${PLUGIN_SOURCES})
  if(TARGET docpipe::sdk)
    target_link_libraries(${target} PRIVATE docpipe::sdk ${PLUGIN_LINK})
  else()
    target_link_libraries(${target} PRIVATE docpipe_sdk ${PLUGIN_LINK})
  endif()
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(PLUGIN_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${PLUGIN_OUTPUT_DIRECTORY})
  endif()
endfunction()
