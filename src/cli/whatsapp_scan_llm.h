// The `--llm` part of `whatsapp scan` (events/llm_scan.h): its options, and
// the glue between the command, the OpenAI client and the --json document.
#pragma once
#include <string>

#include "cli/context.h"
#include "events/scanner.h"

namespace chatbeto::cli {

struct ScanLlmCli {
  bool llm = false;
  bool live = false;
  std::string model = "gpt-4.1-mini";
  std::string api_key_file;
};

// Usage errors before anything runs: --live without --llm, an empty model,
// a live run without an API key (the key itself is never shown).
void CheckScanLlm(const ScanLlmCli& l);

// Runs the LLM pass after the rule scan on its own connection; adds "llm"
// to `doc` and its summary (or, in a dry run, the requests) to `text`.
// Returns kExitRejected when a conversation could not be asked (it is tried
// again next run), else kExitOk.
int RunScanLlm(Context& ctx, const ScanLlmCli& l, const events::ScanOptions& scan, const std::string& since,
               Json& doc, std::string& text);

}  // namespace chatbeto::cli
