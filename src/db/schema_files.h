// The schema/*.sql migration files, embedded into the binary at build time
// (cmake/embed_schema.cmake) so `chatbeto` migrates from any working directory.
#pragma once
#include <string_view>
#include <vector>

namespace chatbeto::db {

struct EmbeddedFile {
  std::string_view name;     // e.g. "0001_foundation.sql"
  std::string_view content;  // the file's bytes
};

// All migration files, sorted by name.
const std::vector<EmbeddedFile>& SchemaFiles();

}  // namespace chatbeto::db
