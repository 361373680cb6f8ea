// chatbeto: build the command line, dispatch to the chosen subcommand.
#include "cli/app.h"
#include "util/heap.h"

int main(int argc, char** argv) {
  chatbeto::util::UseHugePagesForLargeImports(argc, argv);  // may re-execute: first
  CLI::App app{"chatbeto"};
  chatbeto::cli::Context ctx;
  chatbeto::cli::BuildApp(app, ctx);
  return chatbeto::cli::Dispatch(app, ctx, argc, argv);
}
