// Where the client's settings come from: OPENAI_API_KEY or --api-key-file
// (the key is read into memory only, never printed), OPENAI_BASE_URL,
// OPENAI_ORG_ID / OPENAI_PROJECT_ID (sent as OpenAI-Organization /
// OpenAI-Project), CHATBETO_OPENAI_TIMEOUT (total seconds per request,
// default 120) and CHATBETO_OPENAI_BACKOFF_SCALE (multiplies retry waits;
// tests shorten them).
#pragma once
#include <string>

#include "openai/http_client.h"
#include "openai/retry_policy.h"

namespace chatbeto::openai {

// Throws Error(kUsage) when `need_key` and no key is configured, when the key
// file cannot be read or is empty, or a setting is malformed. The message
// never contains the key.
ClientConfig ConfigFromEnv(const std::string& api_key_file, bool need_key);
RetryPolicy PolicyFromEnv();

}  // namespace chatbeto::openai
