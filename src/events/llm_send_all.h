// Sends the request bodies of one conversation's windows through several
// senders at once (whatsapp scan --llm): a long conversation is cut into many
// windows, and asking about them one after another would take minutes.
#pragma once
#include <exception>
#include <string>
#include <vector>

#include "events/llm_scan.h"

namespace chatbeto::events {

struct LlmReply {
  bool sent = false;       // false: not sent, because an earlier one failed
  std::string body;        // the response body when sent without error
  std::exception_ptr error;  // what the sender threw, if it did
};

// Sends bodies[i] for each i, up to senders.size() at a time (sender t is
// used by one thread only, the first on the calling thread), taking the
// bodies in order. After a failure no further body is sent (those already
// under way finish). Returns one reply per body, in body order; never
// throws for a sender's failure (it is in the reply).
std::vector<LlmReply> SendAll(const std::vector<LlmSend>& senders, const std::vector<std::string>& bodies);

}  // namespace chatbeto::events
