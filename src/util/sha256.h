// SHA-256 (OpenSSL libcrypto) as lowercase hex.
#pragma once
#include <string>
#include <string_view>

namespace chatbeto {

std::string Sha256Hex(std::string_view data);

// Incremental hashing for data read in chunks.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view data);
  std::string HexDigest();  // finishes the hash; call once (then Reset to reuse)
  void Reset();             // starts a new hash, reusing the context

 private:
  void* ctx_;
};

}  // namespace chatbeto
