# The GUI benchmark (issue 3): run by hand on a generated large catalog, never registered with ctest.
if(TFP_BUILD_GUI)
  add_executable(tfp_bench_ui bench/bench_ui.cpp)
  target_link_libraries(tfp_bench_ui PRIVATE tfp_ui Qt6::Test)
  target_include_directories(tfp_bench_ui PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
endif()

# The charts benchmark (issue 5): chart models and painting on a large catalog, run by hand.
if(TFP_BUILD_GUI)
  add_executable(tfp_bench_charts bench/bench_charts.cpp)
  target_link_libraries(tfp_bench_charts PRIVATE tfp_report)
  target_include_directories(tfp_bench_charts PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
endif()

# Copy, paste and actions on many rows (issue 14) on a large catalog, run by hand.
if(TFP_BUILD_GUI)
  add_executable(tfp_bench_copypaste bench/bench_copypaste.cpp)
  target_link_libraries(tfp_bench_copypaste PRIVATE tfp_ui Qt6::Test)
  target_include_directories(tfp_bench_copypaste PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
endif()

# The Zeitplan's programme Gantt (issue 16) on a large catalog, run by hand.
if(TFP_BUILD_GUI)
  add_executable(tfp_bench_gantt bench/bench_gantt.cpp)
  target_link_libraries(tfp_bench_gantt PRIVATE tfp_ui Qt6::Test)
  target_include_directories(tfp_bench_gantt PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
endif()
