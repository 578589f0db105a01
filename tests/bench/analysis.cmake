# The analysis benchmark (issue 4): run by hand, never registered with ctest. See README-analysis.md.
add_executable(tfp_bench_analysis bench/bench_analysis.cpp)
target_link_libraries(tfp_bench_analysis PRIVATE tfp_core)
