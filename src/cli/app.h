// Builds the chatbeto command line (CLI11) and runs the chosen subcommand,
// turning every error into the documented exit code:
//   0 ok, 1 failure, 2 usage, 3 check failed, 4 records rejected,
//   5 locked, 130 interrupted.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/context.h"

namespace chatbeto::cli {

// Adds the global options and every subcommand to `app`.
void BuildApp(CLI::App& app, Context& ctx);

// Parses argv, runs the subcommand, returns the process exit code.
int Dispatch(CLI::App& app, Context& ctx, int argc, char** argv);

// The closest name to `word` among `names` (edit distance ≤ 2 or a prefix),
// or "" when nothing is close. Pure; used for "did you mean".
std::string ClosestName(const std::string& word, const std::vector<std::string>& names);

}  // namespace chatbeto::cli
