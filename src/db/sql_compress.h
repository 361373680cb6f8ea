// The format of the SQL function COMPRESS() (MySQL and MariaDB alike): the
// uncompressed length as 4 bytes, low byte first, then a zlib stream; ''
// for ''. Values written with SqlCompress read back in SQL with
// UNCOMPRESS(col), e.g. JSON_EXTRACT(CONVERT(UNCOMPRESS(raw_json_z) USING
// utf8mb4), '$.id') (see schema/0010_import_speed.sql). Pure.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace chatbeto::db {

// UNCOMPRESS() gives NULL for a value longer than the server's
// max_allowed_packet (16 MB by default on MariaDB), so longer values are
// never compressed.
constexpr size_t kMaxSqlCompress = size_t{8} << 20;

// Shorter values are stored in the zlib stream, not compressed: level 1
// would save about a third of them but costs ~6 us a call in setup.
constexpr size_t kStoreBelow = 1024;

// COMPRESS(data) at zlib level 1 (fast; JSON still shrinks 4-6x).
// Throws Error(kInternal) when data is longer than kMaxSqlCompress.
std::string SqlCompress(std::string_view data);
// UNCOMPRESS(data). Throws Error(kDatabase) for a value that is not in that
// format.
std::string SqlUncompress(std::string_view data);

}  // namespace chatbeto::db
