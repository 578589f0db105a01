# Debian's hardening flags for the packaged build (packaging/test-package.sh configures with
# -DTFP_HARDENING=ON): stack protector, fortified libc calls, stack clash and control-flow protection,
# format-string errors, position-independent executables, and a read-only relocation table bound at start
# (relro, BIND_NOW). Off by default so that the development builds keep sharing one ccache.
option(TFP_HARDENING "Build with Debian's hardening flags (the packaged build)" OFF)
if(TFP_HARDENING)
  add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection -Wformat
                      -Werror=format-security)
  if(NOT CMAKE_BUILD_TYPE MATCHES "^(Debug|)$") # _FORTIFY_SOURCE needs optimisation
    add_compile_definitions(_FORTIFY_SOURCE=2)
  endif()
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  include(CheckPIESupported)
  check_pie_supported()
  add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
